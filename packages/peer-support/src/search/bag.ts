/** Slot numbers in one posting: a plain array while small, a `Set` once it grows. */
export type Bag = number[] | Set<number>;

/** Postings larger than this become a `Set`, so removing a slot stays cheap. */
const SMALL = 64;

/** How many slots a bag holds. */
export const bagSize = (bag: Bag): number => (Array.isArray(bag) ? bag.length : bag.size);

/** Adds a slot under `key` (the slot must not be there yet). */
export function bagAdd<K>(bags: Map<K, Bag>, key: K, slot: number): void {
  const bag = bags.get(key);
  if (bag === undefined) bags.set(key, [slot]);
  else if (!Array.isArray(bag)) bag.add(slot);
  else if (bag.length < SMALL) bag.push(slot);
  else bags.set(key, new Set([...bag, slot]));
}

/** Removes a slot from under `key`, dropping the bag when it empties. */
export function bagDelete<K>(bags: Map<K, Bag>, key: K, slot: number): void {
  const bag = bags.get(key);
  if (bag === undefined) return;
  if (Array.isArray(bag)) {
    const i = bag.indexOf(slot);
    if (i < 0) return;
    bag[i] = bag[bag.length - 1] as number;
    bag.pop();
    if (bag.length === 0) bags.delete(key);
  } else {
    bag.delete(slot);
    if (bag.size === 0) bags.delete(key);
  }
}
