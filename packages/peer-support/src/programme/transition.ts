import type { EnrolmentCommand } from '@livewell/core';
import { type Enrolment, err, ok, type Result } from '@livewell/core';
import { checkInput, unreadable } from './guard.js';
import { lifecycle } from './lifecycle.js';
import { checkBelongs } from './rules.js';
import type { EnrolmentContext, EnrolmentEvent, Rejection } from './types.js';

/** An enrolment after a successful command, with the changes that record it. */
export interface Outcome {
  readonly enrolment: Enrolment;
  readonly events: readonly EnrolmentEvent[];
}

/**
 * Applies a command to one enrolment of `context.programme` (whose current enrolments are
 * `context.enrolments`). Checks, in order: the shape of the input, that the records are the
 * programme's service's (`records-mismatch`) and the enrolment the programme's
 * (`wrong-programme`), the command type, authorisation from the records (`not-authorised`), the
 * state (`terminal-state`, `invalid-transition`), the command's own rules, and that `now` is
 * not before the last change. A rejection changes nothing. Never throws.
 *
 * @example
 * const r = programme.transition(enrolment, { type: 'record-attendance', sessionId: 'w3',
 *   status: 'attended' }, { ...context, programme: course, enrolments });
 */
export function transition(
  enrolment: Enrolment,
  command: EnrolmentCommand,
  context: EnrolmentContext,
): Result<Outcome, Rejection> {
  try {
    const problem =
      checkInput(context?.programme, context, [enrolment, ...(context?.enrolments ?? [])]) ??
      checkBelongs(context.programme, enrolment);
    if (problem !== undefined) return err(problem);
    const result = lifecycle.transition(enrolment, command, context);
    if (!result.ok) return result;
    return ok({ enrolment: result.value.aggregate, events: result.value.events });
  } catch (cause) {
    return err(unreadable(cause));
  }
}

/**
 * The commands the context's actor may issue on `enrolment` now, by state and by the records
 * (before the commands' own rules). Agrees with {@link transition}. Never throws.
 */
export function allowedCommands(
  enrolment: Enrolment,
  context: EnrolmentContext,
): EnrolmentCommand['type'][] {
  try {
    const problem = checkInput(context?.programme, context, [enrolment]);
    if (problem !== undefined) return [];
    return lifecycle.allowedCommands(enrolment, context);
  } catch {
    return [];
  }
}
