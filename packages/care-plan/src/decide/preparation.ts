import type { AppointmentKind, CarePlan, RecordId } from '@livewell/core';
import type { CarePlanCommandOf } from '../commands.js';
import type { TransitionContext } from '../context.js';
import { optional } from '../event-factory.js';
import { rejection } from '../rejection.js';
import { isValidInstant, optionalTextProblem, resultsLeadTimeProblem } from '../rules.js';
import { accept, acceptUnless, type Decision } from './outcome.js';

type Booking = CarePlanCommandOf<
  'book-information-gathering' | 'book-conversation' | 'book-review'
>;

const bookedEvent = {
  'book-information-gathering': ['information-gathering-booked', 'information-gathering'],
  'book-conversation': ['conversation-booked', 'care-planning-conversation'],
  'book-review': ['review-booked', 'review'],
} as const satisfies Record<Booking['type'], readonly [string, AppointmentKind]>;

/** Booking any of the cycle's appointments. */
export function decideBooking(command: Booking, context: TransitionContext): Decision {
  if (!isValidInstant(command.start)) {
    return acceptUnless(rejection('invalid-command', 'start must be an ISO instant.'));
  }
  const [type, kind] = bookedEvent[command.type];
  return accept({
    type,
    appointment: {
      id: context.ids('appointment') as RecordId,
      kind,
      start: command.start,
      bookedAt: context.now,
    },
  });
}

/** Results and agenda-setting prompts sent to the person. */
export const decideSendPreparation = (): Decision => accept({ type: 'preparation-sent' });

/**
 * Reception's arrival check: records whether the agenda-setting sheet came back; if not, a new
 * sheet is issued and help offered, both recorded.
 */
export function decideArrival(command: CarePlanCommandOf<'record-arrival'>): Decision {
  if (typeof command.agendaSheetReceived !== 'boolean') {
    return acceptUnless(rejection('invalid-command', 'agendaSheetReceived must be true or false.'));
  }
  return command.agendaSheetReceived
    ? accept({ type: 'arrival-recorded', agendaSheetReceived: true })
    : accept(
        { type: 'arrival-recorded', agendaSheetReceived: false },
        { type: 'agenda-sheet-reissued' },
        { type: 'help-offered' },
      );
}

/** Starting (recording) the conversation, subject to the results lead time. */
export function decideStartConversation(
  plan: CarePlan,
  command: CarePlanCommandOf<'start-conversation'>,
  context: TransitionContext,
): Decision {
  const reason = command.leadTimeOverrideReason;
  return acceptUnless(
    optionalTextProblem('leadTimeOverrideReason', reason, 1000) ??
      resultsLeadTimeProblem(plan, context.now, context.policy, context.timeZone, reason),
    { type: 'conversation-started', ...optional('leadTimeOverrideReason', reason) },
  );
}
