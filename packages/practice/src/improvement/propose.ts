import {
  type CoDesigner,
  err,
  type Improvement,
  type ImprovementEvent,
  type ImprovementOrigin,
  ok,
  parseImprovementEvent,
  type Result,
} from '@livewell/core';
import { partiesOf } from './access.js';
import { fromProposed } from './lifecycle.js';
import { rejection } from './rules.js';
import type { ImprovementContext, Rejection } from './types.js';

/** What a new improvement records: the practice, the change, the problem, its origin, who co-designed it. */
export interface ImprovementProposal {
  readonly practiceId: string;
  readonly title: string;
  readonly problem: string;
  readonly origin: ImprovementOrigin;
  readonly coDesigners?: readonly CoDesigner[];
}

/**
 * Logs a new improvement as an `idea`, with the `improvement.proposed` event that starts its
 * history. Only the practice's staff (by the records) or a trusted system may. Invalid input is
 * `invalid-input` with the parse issues. Never throws.
 *
 * @example
 * const r = proposeImprovement({ practiceId, title: 'Agenda leaflet with appointment letters',
 *   problem: 'People arrive unsure what to raise', origin: { kind: 'programme-feedback', programmeId } }, context);
 * if (r.ok) await store.improvements.create(r.value.improvement, r.value.events);
 */
export function proposeImprovement(
  tenantId: string,
  proposal: ImprovementProposal,
  context: ImprovementContext,
): Result<{ improvement: Improvement; events: readonly ImprovementEvent[] }, Rejection> {
  try {
    const parsed = parseImprovementEvent({
      schemaVersion: 1,
      id: context.ids('event'),
      tenantId,
      improvementId: context.ids('improvement'),
      at: context.now,
      actor: context.actor,
      type: 'improvement.proposed',
      practiceId: proposal.practiceId,
      title: proposal.title,
      problem: proposal.problem,
      origin: proposal.origin,
      coDesigners: proposal.coDesigners ?? [],
    });
    if (!parsed.ok) {
      return err(rejection('invalid-input', parsed.error.message, { issues: parsed.error.issues }));
    }
    const event = parsed.value;
    if (event.type !== 'improvement.proposed') {
      return err(rejection('invalid-input', 'Not a proposal.'));
    }
    if (partiesOf(event.practiceId, context).size === 0) {
      return err(
        rejection(
          'not-authorised',
          'Only the practice’s staff or a trusted system may log an improvement.',
        ),
      );
    }
    return ok({ improvement: fromProposed(event), events: [event] });
  } catch {
    return err(rejection('invalid-input', 'The proposal or context could not be read.'));
  }
}
