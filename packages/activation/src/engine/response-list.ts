import type { CompiledPlan } from './compiled-plan.js';
import { NOT_A_LIST_MESSAGE, wrongInstrumentMessage } from './read-problem.js';
import type { Responses } from './types.js';
import { type UnscorableResult, unscorable } from './unscorable.js';

const NONE: readonly never[] = Object.freeze([]);

/**
 * The entries to read from what was passed as responses (a list, or a set tagged with its
 * instrument), or why there are none. Reads each property once; may throw on a hostile value
 * (callers catch).
 */
export function responseList(
  plan: CompiledPlan,
  responses: Responses,
): readonly unknown[] | UnscorableResult {
  let list: unknown = responses;
  if (!Array.isArray(responses) && responses !== null && typeof responses === 'object') {
    const set = responses as { instrumentId?: unknown; responses?: unknown };
    const tagged = set.instrumentId;
    if (typeof tagged === 'string' && tagged !== plan.def.id) {
      const facts = { flags: NONE, answered: 0, missingItems: plan.scoredIds };
      return unscorable(
        plan.def,
        'wrong-instrument',
        wrongInstrumentMessage(tagged, plan.def.id),
        facts,
      );
    }
    list = set.responses;
  }
  if (Array.isArray(list)) return list;
  const facts = { flags: NONE, answered: 0, missingItems: plan.scoredIds };
  return unscorable(plan.def, 'malformed-responses', NOT_A_LIST_MESSAGE, facts);
}
