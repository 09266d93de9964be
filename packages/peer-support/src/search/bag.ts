import { SlotBits } from './slot-bits.js';

/**
 * Slot numbers in one posting, in the smallest form that keeps adding and removing cheap: one
 * number, a plain array while small, a `Set`, and a bitset over all slots once very large
 * (a word every description has).
 */
export type Bag = number | number[] | Set<number> | SlotBits;

const SMALL = 64;
const LARGE = 4096;

/** How many slots a bag holds. */
export function bagSize(bag: Bag): number {
  if (typeof bag === 'number') return 1;
  return Array.isArray(bag) ? bag.length : bag.size;
}

/** The slots of a bag. */
export const slotsOf = (bag: Bag): Iterable<number> => (typeof bag === 'number' ? [bag] : bag);

/** Adds a slot under `key` (the slot must not be there yet). */
export function bagAdd<K>(bags: Map<K, Bag>, key: K, slot: number): void {
  const bag = bags.get(key);
  if (bag === undefined) bags.set(key, slot);
  else if (typeof bag === 'number') bags.set(key, [bag, slot]);
  else if (Array.isArray(bag)) {
    if (bag.length < SMALL) bag.push(slot);
    else bags.set(key, new Set([...bag, slot]));
  } else if (bag instanceof Set) {
    if (bag.size < LARGE) bag.add(slot);
    else bags.set(key, SlotBits.of([...bag, slot]));
  } else bag.add(slot);
}

/**
 * {@link bagAdd}, unless the slot is already there — checked cheaply for a slot whose keys are
 * added one after another (it would be the bag's last slot, or in its set or bitset).
 */
export function bagAddOnce<K>(bags: Map<K, Bag>, key: K, slot: number): void {
  const bag = bags.get(key);
  if (bag === undefined) bags.set(key, slot);
  else if (typeof bag === 'number') {
    if (bag !== slot) bags.set(key, [bag, slot]);
  } else if (Array.isArray(bag)) {
    if (bag[bag.length - 1] !== slot) bagAdd(bags, key, slot);
  } else if (!bag.has(slot)) bagAdd(bags, key, slot);
}

/** Removes a slot from under `key`, dropping the bag when it empties. */
export function bagDelete<K>(bags: Map<K, Bag>, key: K, slot: number): void {
  const bag = bags.get(key);
  if (bag === undefined) return;
  if (typeof bag === 'number') {
    if (bag === slot) bags.delete(key);
  } else if (Array.isArray(bag)) {
    const i = bag.indexOf(slot);
    if (i < 0) return;
    bag[i] = bag[bag.length - 1] as number;
    bag.pop();
    if (bag.length === 1) bags.set(key, bag[0] as number);
  } else {
    bag.delete(slot);
    if (bag.size === 0) bags.delete(key);
  }
}
