import type { CarePlan } from '@livewell/core';
import type { Draft } from 'immer';
import {
  deepFreeze,
  entriesFrozen,
  markEntriesFrozen,
  unmarkEntriesFrozen,
} from './deep-freeze.js';
import { thaw } from './thaw.js';

/**
 * Objects the current {@link editCopy} made (the root's shallow copy and every copy
 * {@link writable} or `append` took): only these may be changed in place. `undefined` outside
 * an edit, where whatever is not frozen is changed in place (`replay`'s working copy, or an immer
 * draft handed to `applyEvent`).
 */
let owned: Set<object> | undefined;

/**
 * How long a list grows in one array during {@link foldCopy} before a new array is started. V8
 * keeps an array of up to ~16,000 pointers as an ordinary heap object; a longer one lives in
 * large-object space, where every new backing store is fresh memory (page faults) and a list
 * that grows by `push` reallocates its store several times on the way to 50,000 entries.
 */
const segmentLength = 8192;

/** A list {@link foldCopy} is building in segments: where it goes, and its full segments. */
interface Spill {
  readonly owner: object;
  readonly key: PropertyKey;
  readonly full: unknown[][];
  readonly allFrozen: boolean;
}

/**
 * During a {@link foldCopy}: for each list that outgrew one segment, keyed by the array now under
 * its key (the segment being filled), the segments before it. `undefined` outside a fold.
 */
let spills: { readonly length: number; readonly byTail: Map<unknown[], Spill> } | undefined;

const isOwned = (value: object): boolean =>
  owned === undefined ? !Object.isFrozen(value) : owned.has(value);

const own = <V extends object>(copy: V): V => {
  owned?.add(copy);
  return copy;
};

/**
 * The value under `owner[key]`, made safe to change in place: in an edit, a shallow copy of it
 * (taken once, put back under `key`, and frozen when the edit ends); outside an edit, the value
 * itself, or a shallow copy when it is frozen. `owner` must itself be writable (the root of the
 * edit, or a value this returned). Untouched values stay shared with the previous plan.
 */
export function writable<O extends object, K extends keyof O>(owner: O, key: K): O[K] {
  const value = owner[key];
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) unmarkEntriesFrozen(value);
  if (isOwned(value)) return value;
  // Array.from, not slice: V8 copies a frozen array element by element in slice (much slower).
  const copy = own((Array.isArray(value) ? Array.from(value) : { ...value }) as O[K] & object);
  owner[key] = copy;
  return copy;
}

/**
 * Appends `item` (frozen) to the list `owner[key]` for lists that only ever grow. In an edit the
 * list is copied once (a pointer copy). The list is marked as holding only frozen entries, so
 * freezing it at the end of an edit or a fold does not walk them: neither a command's cost nor
 * the end of a replay grows with the entries already there.
 */
export function appendTo<O extends object, K extends keyof O>(
  owner: O,
  key: K,
  item: unknown,
): void {
  const current: unknown = owner[key];
  if (!Array.isArray(current)) return;
  const list: unknown[] =
    spills && current.length >= spills.length && isOwned(current)
      ? spill(owner, key, current)
      : current;
  // A frozen list is a frozen plan's: its entries are deep-frozen too. (Entries are not read
  // one by one: in an immer draft that would draft every one of them.)
  const allFrozen = entriesFrozen(list) || Object.isFrozen(list) || list.length === 0;
  const target = isOwned(list) ? list : own(Array.from(list));
  target.push(deepFreeze(item));
  if (allFrozen) markEntriesFrozen(target);
  if (target !== list) Reflect.set(owner, key, target);
}

/** Files the full segment `list` under its successor, a new empty array put under `key`. */
function spill(owner: object, key: PropertyKey, list: unknown[]): unknown[] {
  const byTail = spills?.byTail;
  const before = byTail?.get(list);
  const next: unknown[] = [];
  byTail?.delete(list);
  const full = before?.full ?? [];
  full.push(list);
  const allFrozen = (before?.allFrozen ?? true) && entriesFrozen(list);
  byTail?.set(next, { owner, key, full, allFrozen });
  Reflect.set(owner, key, next);
  return next;
}

/**
 * Folds a whole history into one mutable deep copy of `plan` and freezes the result once (what
 * `replay` and long `applyEvents` use). Lists that only grow by `append` are built in segments of
 * `segment` entries and joined once at the end, so a list of 50,000 check-ins is one allocation,
 * not a chain of reallocations in large-object space. While a list is being built in segments,
 * its key holds only the last segment: reducers append to those lists and never read them (the
 * deciding rules read the finished plan). `segment` is a parameter for the tests.
 */
export function foldCopy(
  plan: CarePlan,
  run: (working: Draft<CarePlan>) => Draft<CarePlan>,
  segment = segmentLength,
): CarePlan {
  const outer = spills;
  const byTail = new Map<unknown[], Spill>();
  spills = { length: Math.max(1, segment), byTail };
  try {
    const working = run(thaw(plan));
    for (const [tail, { owner, key, full, allFrozen }] of byTail) {
      // A reducer that put a new list under the key dropped these segments with the old one.
      if (Reflect.get(owner, key) !== tail) continue;
      const joined = ([] as unknown[]).concat(...full, tail);
      if (allFrozen && entriesFrozen(tail)) markEntriesFrozen(joined);
      Reflect.set(owner, key, joined);
    }
    return deepFreeze<CarePlan>(working);
  } finally {
    spills = outer;
  }
}

/**
 * Runs `run` over a shallow copy of `plan` (reducers change it in place, copying nested values
 * through {@link writable} and {@link appendTo}) and returns the result deep-frozen: untouched
 * values are the very objects of `plan`, copied ones are new, and `plan` is never changed. Costs
 * what the reducers touch, not the size of the plan (what immer's draft did, without proxies).
 */
export function editCopy(
  plan: CarePlan,
  run: (working: Draft<CarePlan>) => Draft<CarePlan>,
): CarePlan {
  const outer = owned;
  owned = new Set();
  try {
    // A fresh shallow copy is writable at the top: the reducers' `Draft` view of it is true.
    const working: Draft<CarePlan> = { ...plan };
    return deepFreeze<CarePlan>(run(own(working)));
  } finally {
    owned = outer;
  }
}

/** The first entry of the writable list `list` that `match` accepts, made writable; or none. */
export function writableEntry<T extends object>(
  list: T[],
  match: (entry: T) => boolean,
): T | undefined {
  const index = list.findIndex(match);
  return index < 0 ? undefined : writable(list, index);
}
