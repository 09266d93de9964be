import type { Result } from '@livewell/core';
import type { CompiledPlan } from './compiled-plan.js';
import { type EntryProblemCode, entryProblem, type ReadProblem } from './read-problem.js';
import type { Finish } from './specialised-finish.js';
import type { SpecialisedPlan } from './specialised-plan.js';
import type { Scored, Unscorable } from './types.js';

/** How far the fast loop read the entry it stopped at. */
export const STOPPED_AT_ENTRY = 0;
/** The entry is an object and its `itemId` was read. */
export const STOPPED_AT_ID = 1;
/** The entry names the item at its position and its `value` was read (and is not an option). */
export const STOPPED_AT_VALUE = 2;

/**
 * Reads the rest of a list once a specialised scorer's fast loop stops (an entry out of item
 * order, or any problem), carrying what the loop found: items 0 to r − 1 were claimed in order,
 * `answeredMask`, `sum`, `answeredWeight` and `flags` as the loop left them. Entry r was read as
 * far as `stage` says (`id` and `value` hold what was read), so no property is read twice.
 */
export type ReadRest = (
  list: readonly unknown[],
  length: number,
  r: number,
  stage: number,
  entry: unknown,
  id: unknown,
  value: unknown,
  answeredMask: number,
  sum: number,
  answeredWeight: number,
  flags: number,
) => Result<Scored, Unscorable>;

/** The general reader for the rest of a list, as `readResponses` reads (bits for bytes). */
export function specialisedRest(plan: CompiledPlan, sp: SpecialisedPlan, finish: Finish): ReadRest {
  const { ids, lookupIndex } = plan.tables;
  const { count, low, span, allowed, base, sign, weight, itemFlagMask, flagOffset, valueFlags } =
    sp;
  const name = plan.name;
  return function readRest(list, length, from, stage, first, firstId, firstValue, a, s, w, f) {
    // The fast loop claimed items 0 to from − 1, one per entry, in order (from ≤ count ≤ 30).
    let seen = (1 << from) - 1;
    let answeredMask = a;
    let sum = s;
    let answeredWeight = w;
    let flags = f;
    let problem: ReadProblem | undefined;
    for (let r = from; r < length; r += 1) {
      const entry = (r === from ? first : list[r]) as
        | { itemId?: unknown; value?: unknown }
        | null
        | undefined;
      let code: EntryProblemCode | undefined;
      let v: unknown;
      // Each property is read once: a getter cannot show the reader two different values.
      const rawId =
        r === from && stage !== STOPPED_AT_ENTRY
          ? firstId
          : entry !== null && typeof entry === 'object'
            ? entry.itemId
            : undefined;
      const id = typeof rawId === 'string' ? rawId : '';
      if (typeof rawId !== 'string') code = 'malformed-responses';
      else {
        const i = r < count && ids[r] === id ? r : lookupIndex[id];
        if (i === undefined) code = 'unknown-item';
        else if ((seen & (1 << i)) !== 0) code = 'duplicate-item';
        else {
          seen |= 1 << i;
          v = r === from && stage === STOPPED_AT_VALUE ? firstValue : entry?.value;
          const d = typeof v === 'number' ? v - (low[i] as number) : 0;
          if (v === null || v === undefined) {
            // unanswered
          } else if (typeof v !== 'number' || !Number.isInteger(v)) code = 'not-an-integer';
          else if (d < 0 || d > (span[i] as number) || (((allowed[i] as number) >> d) & 1) === 0)
            code = 'out-of-range';
          else {
            answeredMask |= 1 << i;
            const wi = weight[i] as number;
            sum += wi * ((base[i] as number) + (sign[i] as number) * v);
            answeredWeight += wi;
            if ((itemFlagMask & (1 << i)) !== 0)
              flags |= valueFlags[(flagOffset[i] as number) + d] as number;
          }
        }
      }
      if (code !== undefined) problem ??= entryProblem(code, r, id, v, name);
    }
    return finish(problem, answeredMask, sum, answeredWeight, flags);
  };
}
