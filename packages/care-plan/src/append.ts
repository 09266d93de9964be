import { appendTo } from './working-copy.js';

/** The keys of `O` that hold a list. */
export type ListKey<O> = { [P in keyof O]-?: O[P] extends readonly unknown[] ? P : never }[keyof O];
/** What a list of type `L` holds. */
export type ItemOf<L> = L extends readonly (infer U)[] ? U : never;

/**
 * Appends `item` (frozen) to the list `owner[key]`, for lists that only ever grow (check-ins,
 * support contacts, appointments, statements, reminders: no reducer changes an entry once it is
 * there; a list whose entries do change is changed through `writable`). `owner` must be writable.
 *
 * - In a transition (`editCopy`) the previous plan's list is copied once, in one pass
 *   (`list-spine.ts`), and frozen without walking its entries, so a command's cost barely grows
 *   with the history.
 * - In `replay`'s mutable working copy, or an immer draft, the list grows in place.
 */
export const append: <O extends object, K extends ListKey<O>>(
  owner: O,
  key: K,
  item: ItemOf<O[K]>,
) => void = appendTo;
