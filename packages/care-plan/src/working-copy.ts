import type { CarePlan } from '@livewell/core';
import type { Draft } from 'immer';
import {
  deepFreeze,
  entriesFrozen,
  markEntriesFrozen,
  unmarkEntriesFrozen,
} from './deep-freeze.js';
import { extended, forgetSpine } from './list-spine.js';

/**
 * Objects the current {@link editCopy} made (the root's shallow copy and every copy
 * {@link writable} or `append` took): only these may be changed in place. `undefined` outside
 * an edit, where whatever is not frozen is changed in place (`replay`'s working copy, or an immer
 * draft handed to `applyEvent`).
 */
let owned: Set<object> | undefined;

/**
 * During a fold that builds long lists in segments (`fold-copy.ts`): given a list about to grow,
 * the array the entry goes into instead. `undefined` otherwise.
 */
let appendTarget: ((owner: object, key: PropertyKey, list: unknown[]) => unknown[]) | undefined;

/** Runs `run` with `target` choosing where {@link appendTo} appends (see `fold-copy.ts`). */
export function withAppendTarget<R>(target: typeof appendTarget, run: () => R): R {
  const outer = appendTarget;
  appendTarget = target;
  try {
    return run();
  } finally {
    appendTarget = outer;
  }
}

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
  if (Array.isArray(value)) {
    unmarkEntriesFrozen(value);
    forgetSpine(value);
  }
  if (isOwned(value)) return value;
  // Array.from, not slice: V8 copies a frozen array element by element in slice (much slower).
  const copy = own((Array.isArray(value) ? Array.from(value) : { ...value }) as O[K] & object);
  owner[key] = copy;
  return copy;
}

/**
 * Appends `item` (frozen) to the list `owner[key]` for lists that only ever grow. In an edit the
 * list is copied once, in one pass (`list-spine.ts`). The list is marked as holding only frozen
 * entries, so freezing it at the end of an edit or a fold does not walk them: neither the end of
 * a command nor the end of a replay grows with the entries already there.
 */
export function appendTo<O extends object, K extends keyof O>(
  owner: O,
  key: K,
  item: unknown,
): void {
  const current: unknown = owner[key];
  if (!Array.isArray(current)) return;
  const list: unknown[] =
    appendTarget && isOwned(current) ? appendTarget(owner, key, current) : current;
  // A frozen list is a frozen plan's: its entries are deep-frozen too. (Entries are not read
  // one by one: in an immer draft that would draft every one of them.)
  const allFrozen = entriesFrozen(list) || Object.isFrozen(list) || list.length === 0;
  const entry = deepFreeze(item);
  let target = list;
  if (isOwned(list)) {
    forgetSpine(list);
    list.push(entry);
  } else target = own(extended(list, entry));
  if (allFrozen) markEntriesFrozen(target);
  if (target !== list) Reflect.set(owner, key, target);
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
