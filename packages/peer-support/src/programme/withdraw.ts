import { type Enrolment, err, ok, type Programme, type Result } from '@livewell/core';
import { programmePartiesOf } from './access.js';
import type { ProgrammeContext } from './context.js';
import type { ProgrammeChange } from './enrol.js';
import { checkInput, unreadable } from './guard.js';
import { lifecycle } from './lifecycle.js';
import { mergeEnrolments, promoteWaiting } from './promote.js';
import { checkRoster } from './roster.js';
import { enrolmentContext, rejection } from './rules.js';
import type { Rejection } from './types.js';

/**
 * Withdraws an enrolled or waiting-listed person (the `withdraw` command), then gives a freed
 * place to the head of the waiting list (returned in `promoted`). Only the service (by the
 * records) or the person (or a consenting carer) may. Fails with `not-authorised`,
 * `unknown-enrolment`, `terminal-state` (already closed), `wrong-programme`, `invalid-command`
 * (a reason over 2,000 characters) or `time-before-last-change`. Never throws.
 *
 * @example
 * const r = programme.withdraw(course, enrolments, enrolmentId, context, 'moved away');
 */
export function withdraw(
  programme: Programme,
  enrolments: readonly Enrolment[],
  enrolmentId: Enrolment['id'],
  context: ProgrammeContext,
  reason?: string,
): Result<ProgrammeChange, Rejection> {
  try {
    const problem = checkInput(programme, context, enrolments);
    if (problem !== undefined) return err(problem);
    if (typeof enrolmentId !== 'string' || (reason !== undefined && typeof reason !== 'string')) {
      return err(
        rejection('invalid-command', 'A withdrawal names an enrolment id and an optional reason.'),
      );
    }
    const roster = checkRoster(programme, enrolments);
    if (!roster.ok) return roster;
    const target = enrolments.find((e) => e.id === enrolmentId);
    if (target === undefined) {
      // Only the service learns whether an enrolment exists.
      return err(
        programmePartiesOf(context).has('service')
          ? rejection('unknown-enrolment', 'No such enrolment on this programme.', { enrolmentId })
          : rejection('not-authorised', 'Only the service or the person may withdraw.'),
      );
    }
    const command =
      reason === undefined ? { type: 'withdraw' as const } : { type: 'withdraw' as const, reason };
    const r = lifecycle.transition(
      target,
      command,
      enrolmentContext(context, programme, enrolments),
    );
    if (!r.ok) return r;
    const withdrawn = r.value.aggregate;
    const promoted = promoteWaiting(programme, mergeEnrolments(enrolments, [withdrawn]), context);
    return ok({ enrolment: withdrawn, promoted });
  } catch (cause) {
    return err(unreadable(cause));
  }
}
