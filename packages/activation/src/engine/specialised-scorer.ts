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
  const { itemFlagMask, itemFlagAt, itemFlagBit } = sp;
  const uniform = sp.uniform !== undefined;
  const uLow = sp.uniform?.low ?? 0;
  const uSpan = sp.uniform?.span ?? 0;
  const uAllowed = sp.uniform?.allowed ?? 0;
  const finish = specialisedFinish(plan, sp);
  const readRest = specialisedRest(plan, sp, finish);
  const nothingRead = { flags: NONE, answered: 0, missingItems: plan.scoredIds };

  function scoreList(responses: Responses): Result<Scored, Unscorable> {
    let list: readonly unknown[];
    if (Array.isArray(responses)) list = responses;
    else {
      const found = listOf(plan, responses);
      if (!Array.isArray(found)) return found as UnscorableResult;
      list = found;
    }
    const length: unknown = list.length;
    if (typeof length !== 'number' || !(length <= maxEntries))
      return refuse(def, 'malformed-responses', TOO_LONG_MESSAGE, nothingRead);
    // The captured facts, copied into locals once per call: a closure built for many definitions
    // cannot have them folded into its machine code, and locals stay in registers through the
    // loop where captured variables would be loaded again for every entry.
    const itemIds = ids;
    const items = count < length ? count : length;
    const scoredBits = scoredMask;
    const same = uniform;
    const lowest = uLow;
    const widest = uSpan;
    const options = uAllowed;
    const simple = plain;
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
      // Each property is read once: a getter cannot show the reader two different values.
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
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        stage = AT_VALUE;
        break;
      }
      const d = same ? v - lowest : v - (low[r] as number);
      if (
        d < 0 ||
        d > (same ? widest : (span[r] as number)) ||
        (((same ? options : (allowed[r] as number)) >> d) & 1) === 0
      ) {
        stage = AT_VALUE;
        break;
      }
      const bit = 1 << r;
      answeredMask |= bit;
      if (simple) {
        if ((scoredBits & bit) !== 0) sum += v;
      } else {
        // Unscored items have weight 0: they add nothing.
        const w = weight[r] as number;
        sum += w * ((base[r] as number) + (sign[r] as number) * v);
        answeredWeight += w;
      }
      if ((flagged & bit) !== 0 && v >= (itemFlagAt[r] as number))
        flags |= itemFlagBit[r] as number;
    }
    if (r < length) {
      // Stopped early, or more entries than items: the general reader takes the rest. An entry
      // past the last item was not read yet.
      if (r === items) entry = (list as readonly ItemResponse[])[r];
      return readRest(
        list,
        length,
        r,
        r === items ? AT_ENTRY : stage,
        entry,
        id,
        v,
        answeredMask,
        sum,
        answeredWeight,
        flags,
      );
    }
    return finish(undefined, answeredMask, sum, answeredWeight, flags);
  }

  return function score(responses: Responses): Result<Scored, Unscorable> {
    try {
      return scoreList(responses);
    } catch {
      return refuse(def, 'malformed-responses', UNREADABLE_MESSAGE, nothingRead);
    }
  };
}
