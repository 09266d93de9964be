/**
 * Growing a frozen list by one entry in one pass over memory.
 *
 * A transition cannot push onto the previous plan's list (it is frozen and shared), so it makes
 * a new list one entry longer. V8 copies a frozen array quickly only with `Array.from`, which
 * gives an array of exactly its length; the `push` after it then reallocates the store with room
 * to spare and copies everything a second time — two thirds of the cost, and the one cost of a
 * command that grows with the history. `slice` of an unfrozen array copies in one pass at the
 * exact length.
 *
 * So each lineage of a list that only grows keeps a **spine**: an unfrozen array, never handed
 * out, whose first entries are the list's. Appending pushes onto the spine (amortised, no copy)
 * and slices the new list off it. Every list filed under a spine is frozen or owned by the
 * current edit, and is a prefix of its spine; a spine only ever grows, so that stays true. Two
 * transitions from the same plan share the spine up to that plan's length: the second sees the
 * spine already longer and slices the shared prefix, then sets its own last entry.
 */
const spines = new WeakMap<readonly unknown[], unknown[]>();

/**
 * A new array holding `list`'s entries and then `entry`, exactly that long. A frozen `list` gets
 * a spine (once) so the next append from the result is one copy; an unfrozen one (a plan from
 * outside, which its owner may still change) is copied without one. Before the result is changed
 * in any other way than frozen, {@link forgetSpine} must be called on it.
 */
export function extended(list: readonly unknown[], entry: unknown): unknown[] {
  const n = list.length;
  if (!Object.isFrozen(list)) return list.concat([entry]);
  let spine = spines.get(list);
  if (!spine || spine.length < n) {
    spine = Array.from(list);
    spines.set(list, spine);
  }
  if (spine.length === n) spine.push(entry);
  const next = spine.slice(0, n + 1);
  // Unless another transition from this plan grew the spine with a different entry, the new list
  // is a prefix of the spine too.
  if (next[n] === entry) spines.set(next, spine);
  else next[n] = entry;
  return next;
}

/** Forgets `list`'s spine: it is about to be changed other than by freezing. */
export const forgetSpine = (list: readonly unknown[]): void => {
  spines.delete(list);
};
