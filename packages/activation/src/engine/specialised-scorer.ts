import type { ItemResponse, Result } from '@livewell/core';
import type { CompiledPlan } from './compiled-plan.js';
import { MAX_ENTRIES, TOO_LONG_MESSAGE, UNREADABLE_MESSAGE } from './read-problem.js';
import { responseList } from './response-list.js';
import { specialisedFinish } from './specialised-finish.js';
import type { SpecialisedPlan } from './specialised-plan.js';
import {
  STOPPED_AT_ENTRY,
  STOPPED_AT_ID,
  STOPPED_AT_VALUE,
  specialisedRest,
} from './specialised-rest.js';
import type { Responses, Scored, Unscorable } from './types.js';
import { type UnscorableResult, unscorable } from './unscorable.js';

const NONE: readonly never[] = Object.freeze([]);

// Imported bindings copied into module constants (module transforms such as Vitest's turn each
// use of an import into a getter call).
const listOf = responseList;
const refuse = unscorable;
const maxEntries = MAX_ENTRIES;
const AT_ENTRY = STOPPED_AT_ENTRY;
const AT_ID = STOPPED_AT_ID;
const AT_VALUE = STOPPED_AT_VALUE;

/**
 * A scorer for one definition, specialised at compile time (no generated code). Its fast loop
 * takes the common case — entries in item order, each answer an option or left unanswered — with
 * seen and answered items as bits of integers, one shared value range held in locals (or small
 * typed arrays per item), item flags checked only on flagged items, and no call inside the loop;
 * at the first entry out of order or with any problem it hands what it has read to the general
 * reader for the rest (`specialised-rest.ts`), so no property is read twice. Totals that are whole
 * sums take their band and total flags from a table (`specialised-finish.ts`). It keeps no state
 * between calls, so a re-entrant call from a hostile getter cannot disturb it, and it returns
 * exactly what the general compiled scorer returns.
 */
export function specialisedScorer(
  plan: CompiledPlan,
  sp: SpecialisedPlan,
): (responses: Responses) => Result<Scored, Unscorable> {
  const def = plan.def;
  const ids = plan.tables.ids;
  const { count, scoredMask, plain, low, span, allowed, base, sign, weight } = sp;
  const { itemFlagMask, flagOffset, valueFlags } = sp;
  const uniform = sp.uniform !== undefined;
  const uLow = sp.uniform?.low ?? 0;
  const uSpan = sp.uniform?.span ?? 0;
  const uAllowed = sp.uniform?.allowed ?? 0;
  const finish = specialisedFinish(plan, sp);
  const readRest = specialisedRest(plan, sp, finish);
  const nothingRead = { flags: NONE, answered: 0, missingItems: plan.scoredIds };

  /** The list to read, or the outcome when there is none. */
  function listIn(responses: Responses): readonly unknown[] | UnscorableResult {
    if (Array.isArray(responses)) return responses;
    const found = listOf(plan, responses);
    return Array.isArray(found) ? found : (found as UnscorableResult);
  }

  /** The outcome for a list whose length is not a number up to `MAX_ENTRIES`. */
  const tooLong = () => refuse(def, 'malformed-responses', TOO_LONG_MESSAGE, nothingRead);

  /** Hands a list the fast loop stopped in (at entry r, read as far as `stage`) to the general reader. */
  function rest(
    list: readonly unknown[],
    length: number,
    r: number,
    items: number,
    stage: number,
    entry: unknown,
    id: unknown,
    v: unknown,
    answeredMask: number,
    sum: number,
    answeredWeight: number,
    flags: number,
  ): Result<Scored, Unscorable> {
    // More entries than items: the entry past the last item was not read yet.
    const past = r === items;
    const first = past ? list[r] : entry;
    return readRest(
      list,
      length,
      r,
      past ? AT_ENTRY : stage,
      first,
      id,
      v,
      answeredMask,
      sum,
      answeredWeight,
      flags,
    );
  }

  // The fast loops. The captured facts are copied into locals once per call: a closure built for
  // many definitions cannot have them folded into its machine code, and locals stay in registers
  // through the loop where captured variables would be loaded again for every entry. Each
  // property is read once: a getter cannot show the reader two different values.

  /** Every item on one scale, item scores the answers themselves (most instruments). */
  function scoreOneScale(responses: Responses): Result<Scored, Unscorable> {
    const list = listIn(responses);
    if (!Array.isArray(list)) return list as UnscorableResult;
    const length: unknown = list.length;
    if (typeof length !== 'number' || !(length <= maxEntries)) return tooLong();
    const itemIds = ids;
    const items = count < length ? count : length;
    const scoredBits = scoredMask;
    const lowest = uLow;
    const highest = uLow + uSpan;
    const options = uAllowed;
    const flagged = itemFlagMask;
    let answeredMask = 0;
    let sum = 0;
    let flags = 0;
    let r = 0;
    let stage = AT_ENTRY;
    let entry: { itemId?: unknown; value?: unknown } | null | undefined;
    let id: unknown;
    let v: unknown;
    for (; r < items; r += 1) {
      entry = (list as readonly ItemResponse[])[r];
      if (entry === null || typeof entry !== 'object') {
        stage = AT_ENTRY;
        break;
      }
      id = entry.itemId;
      if (itemIds[r] !== id) {
        stage = AT_ID;
        break;
      }
      v = entry.value;
      if (v === null || v === undefined) continue;
      // Number.isInteger is false for anything that is not a number.
      const n = v as number;
      if (
        !Number.isInteger(n) ||
        n < lowest ||
        n > highest ||
        ((options >> (n - lowest)) & 1) === 0
      ) {
        stage = AT_VALUE;
        break;
      }
      const bit = 1 << r;
      answeredMask |= bit;
      if ((scoredBits & bit) !== 0) sum += n;
      if ((flagged & bit) !== 0)
        flags |= valueFlags[(flagOffset[r] as number) + n - lowest] as number;
    }
    if (r < length)
      return rest(list, length, r, items, stage, entry, id, v, answeredMask, sum, 0, flags);
    return finish(undefined, answeredMask, sum, 0, flags);
  }

  /** Items on different scales, reverse scoring or weights: item facts from small typed arrays. */
  function scoreByItem(responses: Responses): Result<Scored, Unscorable> {
    const list = listIn(responses);
    if (!Array.isArray(list)) return list as UnscorableResult;
    const length: unknown = list.length;
    if (typeof length !== 'number' || !(length <= maxEntries)) return tooLong();
    const itemIds = ids;
    const items = count < length ? count : length;
    const flagged = itemFlagMask;
    let answeredMask = 0;
    let sum = 0;
    let answeredWeight = 0;
    let flags = 0;
    let r = 0;
    let stage = AT_ENTRY;
    let entry: { itemId?: unknown; value?: unknown } | null | undefined;
    let id: unknown;
    let v: unknown;
    for (; r < items; r += 1) {
      entry = (list as readonly ItemResponse[])[r];
      if (entry === null || typeof entry !== 'object') {
        stage = AT_ENTRY;
        break;
      }
      id = entry.itemId;
      if (itemIds[r] !== id) {
        stage = AT_ID;
        break;
      }
      v = entry.value;
      if (v === null || v === undefined) continue;
      const n = v as number;
      // Number.isInteger is false for anything that is not a number (checked before arithmetic:
      // a bigint would throw).
      if (!Number.isInteger(n)) {
        stage = AT_VALUE;
        break;
      }
      const d = n - (low[r] as number);
      if (d < 0 || d > (span[r] as number) || (((allowed[r] as number) >> d) & 1) === 0) {
        stage = AT_VALUE;
        break;
      }
      const bit = 1 << r;
      answeredMask |= bit;
      // Unscored items have weight 0: they add nothing.
      const w = weight[r] as number;
      sum += w * ((base[r] as number) + (sign[r] as number) * n);
      answeredWeight += w;
      if ((flagged & bit) !== 0) flags |= valueFlags[(flagOffset[r] as number) + d] as number;
    }
    if (r < length)
      return rest(
        list,
        length,
        r,
        items,
        stage,
        entry,
        id,
        v,
        answeredMask,
        sum,
        answeredWeight,
        flags,
      );
    return finish(undefined, answeredMask, sum, answeredWeight, flags);
  }

  const scoreList = uniform && plain ? scoreOneScale : scoreByItem;

  return function score(responses: Responses): Result<Scored, Unscorable> {
    try {
      return scoreList(responses);
    } catch {
      return refuse(def, 'malformed-responses', UNREADABLE_MESSAGE, nothingRead);
    }
  };
}
