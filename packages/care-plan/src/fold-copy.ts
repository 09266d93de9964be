import type { CarePlan } from '@livewell/core';
import type { Draft } from 'immer';
import { deepFreeze, entriesFrozen, markEntriesFrozen } from './deep-freeze.js';
import { thaw } from './thaw.js';
import { withAppendTarget } from './working-copy.js';

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
 * Folds a whole history into one mutable deep copy of `plan` and freezes the result once (what
 * `replay` and long `applyEvents` use; transitions use `editCopy`). Lists that only grow by
 * `append` are built in segments of `segment` entries and joined once at the end, so a list of
 * 50,000 check-ins is one allocation, not a chain of reallocations in large-object space. While a
 * list is being built in segments, its key holds only the last segment: reducers append to those
 * lists and never read them (the deciding rules read the finished plan). `segment` is a
 * parameter for the tests.
 */
export function foldCopy(
  plan: CarePlan,
  run: (working: Draft<CarePlan>) => Draft<CarePlan>,
  segment = segmentLength,
): CarePlan {
  const length = Math.max(1, segment);
  // For each list that outgrew one segment, keyed by the array now under its key (the segment
  // being filled): the segments before it.
  const byTail = new Map<unknown[], Spill>();
  /** Files the full segment `list` under its successor, a new empty array put under `key`. */
  const spill = (owner: object, key: PropertyKey, list: unknown[]): unknown[] => {
    if (list.length < length) return list;
    const before = byTail.get(list);
    const next: unknown[] = [];
    byTail.delete(list);
    const full = before?.full ?? [];
    full.push(list);
    const allFrozen = (before?.allFrozen ?? true) && entriesFrozen(list);
    byTail.set(next, { owner, key, full, allFrozen });
    Reflect.set(owner, key, next);
    return next;
  };
  const working = withAppendTarget(spill, () => run(thaw(plan)));
  for (const [tail, { owner, key, full, allFrozen }] of byTail) {
    // A reducer that put a new list under the key dropped these segments with the old one.
    if (Reflect.get(owner, key) !== tail) continue;
    const joined = ([] as unknown[]).concat(...full, tail);
    if (allFrozen && entriesFrozen(tail)) markEntriesFrozen(joined);
    Reflect.set(owner, key, joined);
  }
  return deepFreeze<CarePlan>(working);
}
