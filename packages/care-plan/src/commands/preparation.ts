import {
  type AppointmentKind,
  type CommandGroup,
  instantToMs,
  type RecordId,
} from '@livewell/core';
import type { TransitionContext } from '../context.js';
import { accept } from '../decision.js';
import { optional } from '../event-factory.js';
import type { CarePlanTypes } from '../lifecycle-types.js';
import { rejection } from '../rejection.js';
import { resultsLeadTimeProblem } from '../rules.js';
import { clinicians, practiceOrSystem, who } from '../who.js';

/** An appointment booked now for `start`. */
const appointment = (kind: AppointmentKind, start: string, context: TransitionContext) => ({
  id: context.ids('appointment') as RecordId,
  kind,
  start,
  bookedAt: context.now,
});

/**
 * Preparation (Year of Care): tests, results and agenda-setting prompts sent ahead, the
 * conversation booked, reception's arrival check, and the start of the conversation.
 */
export const preparationCommands = {
  'book-information-gathering': {
    from: ['invited'],
    to: 'information-gathering',
    who: practiceOrSystem,
    summary: 'book tests',
    decide: (_plan, command, context) =>
      accept({
        type: 'information-gathering-booked',
        appointment: appointment('information-gathering', command.start, context),
      }),
    evolve: {
      'information-gathering-booked': (draft, e) => {
        draft.appointments.push(e.appointment);
        draft.state = 'information-gathering';
      },
    },
  },
  'send-preparation': {
    from: ['information-gathering'],
    to: 'prepared',
    who: practiceOrSystem,
    summary: 'send results and agenda prompts',
    decide: () => accept({ type: 'preparation-sent' }),
    evolve: {
      'preparation-sent': (draft, e) => {
        draft.preparation.sentAt = e.at;
        draft.state = 'prepared';
      },
    },
  },
  'book-conversation': {
    from: ['invited', 'information-gathering', 'prepared'],
    to: 'same',
    who: who(practiceOrSystem.roles, { person: true, carer: true, system: true }),
    summary: 'book conversation',
    decide: (_plan, command, context) =>
      accept({
        type: 'conversation-booked',
        appointment: appointment('care-planning-conversation', command.start, context),
      }),
    evolve: {
      'conversation-booked': (draft, e) => {
        draft.appointments.push(e.appointment);
      },
    },
  },
  'record-reminder-sent': {
    from: ['invited', 'information-gathering', 'prepared'],
    to: 'same',
    who: practiceOrSystem,
    summary: 'reminder sent',
    // The practice records that a preparation reminder went out (by letter, text, …) and when;
    // a reminder cannot have been sent after the moment it is recorded.
    decide: (_plan, command, context) =>
      accept.unless(
        instantToMs(command.sentAt) > instantToMs(context.now)
          ? rejection('invalid-command', 'A reminder cannot be sent in the future.', {
              sentAt: command.sentAt,
            })
          : undefined,
        { type: 'reminder-sent', channel: command.channel, sentAt: command.sentAt },
      ),
    // Kept in the plan's history (the event); the snapshot's `updatedAt` moves with it.
    evolve: { 'reminder-sent': () => undefined },
  },
  'record-arrival': {
    from: ['prepared'],
    to: 'same',
    who: who(['receptionist', 'healthcare-assistant', 'nurse']),
    summary: 'arrival check',
    // No agenda sheet back: a new sheet is issued and help offered, both recorded.
    decide: (_plan, command) =>
      command.agendaSheetReceived
        ? accept({ type: 'arrival-recorded', agendaSheetReceived: true })
        : accept(
            { type: 'arrival-recorded', agendaSheetReceived: false },
            { type: 'agenda-sheet-reissued' },
            { type: 'help-offered' },
          ),
    evolve: {
      'arrival-recorded': (draft, e) => {
        draft.preparation.arrival = { at: e.at, agendaSheetReceived: e.agendaSheetReceived };
      },
      'agenda-sheet-reissued': (draft, e) => {
        if (draft.preparation.arrival) draft.preparation.arrival.sheetReissuedAt = e.at;
      },
      'help-offered': (draft, e) => {
        if (draft.preparation.arrival) draft.preparation.arrival.helpOfferedAt = e.at;
      },
    },
  },
  'start-conversation': {
    from: ['prepared'],
    to: 'in-conversation',
    who: who(clinicians),
    summary: 'start conversation',
    // Subject to the results lead time, unless an override reason is recorded.
    decide: (plan, command, context) => {
      const reason = command.leadTimeOverrideReason;
      return accept.unless(
        resultsLeadTimeProblem(plan, context.now, context.policy, context.timeZone, reason),
        { type: 'conversation-started', ...optional('leadTimeOverrideReason', reason) },
      );
    },
    evolve: {
      'conversation-started': (draft, e) => {
        draft.state = 'in-conversation';
        draft.conversationStartedAt = e.at;
        if (e.leadTimeOverrideReason !== undefined) {
          draft.preparation.leadTimeOverrideReason = e.leadTimeOverrideReason;
        }
      },
    },
  },
} satisfies CommandGroup<CarePlanTypes>;
