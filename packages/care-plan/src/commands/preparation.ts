import {
  type AppointmentKind,
  type CommandGroup,
  carePlanLimits,
  instantToMs,
  type RecordId,
} from '@livewell/core';
import { append } from '../append.js';
import type { TransitionContext } from '../context.js';
import { accept } from '../decision.js';
import { optional } from '../event-factory.js';
import type { CarePlanTypes } from '../lifecycle-types.js';
import { rejection } from '../rejection.js';
import { resultsLeadTimeProblem } from '../rules.js';
import { clinicians, practiceOrSystem, who } from '../who.js';
import { writable } from '../working-copy.js';

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
        append(draft, 'appointments', e.appointment);
        draft.state = 'information-gathering';
      },
    },
  },
  'send-preparation': {
    from: ['information-gathering'],
    to: 'prepared',
    who: practiceOrSystem,
    summary: 'send results and agenda prompts',
    // The letter records which results went out, the practice's sheet as worded on the day, and
    // the format (from the person's communication needs: `letterFormatFor(person.communication)`).
    decide: (_plan, command) => accept({ type: 'preparation-sent', letter: command.letter }),
    evolve: {
      'preparation-sent': (draft, e) => {
        const preparation = writable(draft, 'preparation');
        preparation.sentAt = e.at;
        if (e.letter !== undefined) preparation.letter = e.letter;
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
        append(draft, 'appointments', e.appointment);
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
    decide: (plan, command, context) =>
      accept.unless(
        instantToMs(command.sentAt) > instantToMs(context.now)
          ? rejection('invalid-command', 'A reminder cannot be sent in the future.', {
              sentAt: command.sentAt,
            })
          : plan.preparation.reminders.length >= carePlanLimits.reminders
            ? rejection(
                'invalid-command',
                `At most ${carePlanLimits.reminders} reminders are kept on a plan.`,
                { reminders: plan.preparation.reminders.length },
              )
            : undefined,
        { type: 'reminder-sent', channel: command.channel, sentAt: command.sentAt },
      ),
    // Kept in the plan's history (the event) and on the snapshot, so the practice sees it.
    evolve: {
      'reminder-sent': (draft, e) => {
        append(writable(draft, 'preparation'), 'reminders', {
          channel: e.channel,
          sentAt: e.sentAt,
        });
      },
    },
  },
  'record-arrival': {
    from: ['prepared'],
    to: 'same',
    who: who(['receptionist', 'healthcare-assistant', 'nurse']),
    summary: 'arrival check',
    // No agenda sheet back: a new sheet is issued and help offered, and whether the person took
    // it is recorded (the schema requires `helpTaken` then). With a sheet, `helpTaken` records
    // help offered anyway.
    decide: (_plan, { agendaSheetReceived, helpTaken }) => {
      const help =
        helpTaken === undefined ? [] : [{ type: 'help-offered' as const, taken: helpTaken }];
      return agendaSheetReceived
        ? accept({ type: 'arrival-recorded', agendaSheetReceived: true }, ...help)
        : accept(
            { type: 'arrival-recorded', agendaSheetReceived: false },
            { type: 'agenda-sheet-reissued' },
            ...help,
          );
    },
    evolve: {
      'arrival-recorded': (draft, e) => {
        writable(draft, 'preparation').arrival = {
          at: e.at,
          agendaSheetReceived: e.agendaSheetReceived,
        };
      },
      'agenda-sheet-reissued': (draft, e) => {
        const arrival = writable(writable(draft, 'preparation'), 'arrival');
        if (arrival) arrival.sheetReissuedAt = e.at;
      },
      'help-offered': (draft, e) => {
        const arrival = writable(writable(draft, 'preparation'), 'arrival');
        if (!arrival) return;
        arrival.helpOfferedAt = e.at;
        if (e.taken !== undefined) arrival.helpTaken = e.taken;
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
          writable(draft, 'preparation').leadTimeOverrideReason = e.leadTimeOverrideReason;
        }
      },
    },
  },
} satisfies CommandGroup<CarePlanTypes>;
