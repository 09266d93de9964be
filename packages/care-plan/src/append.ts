import { isDraft, original } from 'immer';
import { deepFreeze } from './deep-freeze.js';

/** The keys of `O` that hold a list. */
export type ListKey<O> = { [P in keyof O]-?: O[P] extends readonly unknown[] ? P : never }[keyof O];
/** What a list of type `L` holds. */
export type ItemOf<L> = L extends readonly (infer U)[] ? U : never;

/**
 * Appends `item` to the list `owner[key]`, for lists that only ever grow (check-ins, support
 * contacts, appointments, statements, reminders: no reducer changes an entry once it is there).
 *
 * - On `replay`'s mutable working copy the list grows in place.
 * - In an immer draft (one transition) over a frozen list of the previous plan, the list is
 *   replaced by a frozen copy with the item frozen on the end: immer then neither drafts nor
 *   finalises the entries, which made a command cost grow with the plan's history.
 * - Otherwise (an unfrozen plan from outside), an ordinary draft push: immer freezes as before.
 */
export function append<O extends object, K extends ListKey<O>>(
  owner: O,
  key: K,
  item: ItemOf<O[K]>,
): void {
  const list: unknown = Reflect.get(owner, key);
  if (!Array.isArray(list)) return;
  const base: unknown = isDraft(list) ? original(list) : list;
  if (!Array.isArray(base) || !Object.isFrozen(base)) {
    list.push(item);
    return;
  }
  const next: unknown[] = base.slice();
  next.push(deepFreeze(item));
  Reflect.set(owner, key, Object.freeze(next));
}
