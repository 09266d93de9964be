import { isDraft, original } from 'immer';
import { deepFreeze } from './deep-freeze.js';

/** The keys of `O` that hold a list. */
export type ListKey<O> = { [P in keyof O]-?: O[P] extends readonly unknown[] ? P : never }[keyof O];
/** What a list of type `L` holds. */
export type ItemOf<L> = L extends readonly (infer U)[] ? U : never;

/** Lists `append` copied since the last {@link sealAppended}: frozen before immer finalises. */
let unsealed: unknown[][] = [];

/**
 * Appends `item` to the list `owner[key]`, for lists that only ever grow (check-ins, support
 * contacts, appointments, statements, reminders: no reducer changes an entry once it is there).
 *
 * - A list that is neither a draft nor frozen (`replay`'s mutable working copy, or a list this
 *   transition already copied) grows in place.
 * - A frozen list of the previous plan (in an immer draft) is replaced by a plain copy with the
 *   item (frozen) on the end, frozen by {@link sealAppended} before immer finalises: immer then
 *   neither drafts nor walks the entries, which made a command's cost grow with the history.
 * - A draft over an unfrozen list (a plan from outside): an ordinary draft push, as before.
 */
export function append<O extends object, K extends ListKey<O>>(
  owner: O,
  key: K,
  item: ItemOf<O[K]>,
): void {
  const list: unknown = Reflect.get(owner, key);
  if (!Array.isArray(list)) return;
  const base: unknown = isDraft(list) ? original(list) : list;
  if (!Array.isArray(base)) return;
  if (base === list ? !Object.isFrozen(list) : !Object.isFrozen(base)) {
    list.push(base === list ? deepFreeze(item) : item);
    return;
  }
  // Array.from, not slice: V8 copies a frozen array element by element in slice (~100× slower).
  const next: unknown[] = Array.from(base);
  next.push(deepFreeze(item));
  unsealed.push(next);
  Reflect.set(owner, key, next);
}

/** Freezes the lists {@link append} copied (call at the end of every recipe or fold). */
export function sealAppended(): void {
  for (const list of unsealed) Object.freeze(list);
  unsealed = [];
}
