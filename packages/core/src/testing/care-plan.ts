import fc from 'fast-check';
import type { CarePlan } from '../care-plan/index.js';
import { carePlanStates } from '../care-plan/index.js';
import {
  agendaArb,
  agendaEntryArb,
  agendaSheetArb,
  preparationLetterArb,
  reminderArb,
} from './care-plan-agenda.js';
import { carePlanCommandArb } from './care-plan-command.js';
import { carePlanEventArb } from './care-plan-event.js';
import {
  actionPlanArb,
  appointmentArb,
  carePlanPolicyArb,
  contingencyPlanArb,
  goalArb,
  planCareTeamArb,
  reviewArb,
  supportContactArb,
  whatMattersToMeArb,
} from './care-plan-parts.js';
import {
  isoDateArb,
  isoInstantArb,
  personIdArb,
  recordIdArb,
  tenantIdArb,
  textArb,
} from './shared.js';

export { carePlanCommandArb } from './care-plan-command.js';
export { actionPlanChangesArb, carePlanEventArb } from './care-plan-event.js';
export {
  actionPlanArb,
  appointmentArb,
  carePlanPolicyArb,
  checkInArb,
  contingencyPlanArb,
  goalArb,
  goalMeasureArb,
  planCareTeamArb,
  reviewArb,
  supportContactArb,
  supportNeedArb,
  whatMattersToMeArb,
} from './care-plan-parts.js';

/** A schema-valid plan snapshot (any state, any content; not necessarily reachable). */
export const carePlanArb: fc.Arbitrary<CarePlan> = fc.record(
  {
    schemaVersion: fc.constant(2 as const),
    id: recordIdArb,
    tenantId: tenantIdArb,
    personId: personIdArb,
    state: fc.constantFrom(...carePlanStates),
    revision: fc.integer({ min: 1, max: 20 }),
    replaces: recordIdArb,
    supersededBy: recordIdArb,
    careTeam: planCareTeamArb,
    createdAt: isoInstantArb,
    updatedAt: isoInstantArb,
    appointments: fc.array(appointmentArb, { maxLength: 3 }),
    preparation: fc.record(
      {
        sentAt: isoInstantArb,
        letter: preparationLetterArb,
        reminders: fc.array(reminderArb, { maxLength: 2 }),
        agenda: agendaArb,
        arrival: fc.record(
          {
            at: isoInstantArb,
            agendaSheetReceived: fc.boolean(),
            sheetReissuedAt: isoInstantArb,
            helpOfferedAt: isoInstantArb,
            helpTaken: fc.boolean(),
          },
          { requiredKeys: ['at', 'agendaSheetReceived'] },
        ),
        leadTimeOverrideReason: textArb(60),
      },
      { requiredKeys: ['reminders'] },
    ),
    conversationStartedAt: isoInstantArb,
    whatMattersToMe: fc.array(whatMattersToMeArb, { maxLength: 2 }),
    goals: fc.array(goalArb, { maxLength: 2 }),
    actionPlans: fc.array(actionPlanArb, { maxLength: 2 }),
    contingencyPlan: contingencyPlanArb,
    supportContacts: fc.array(supportContactArb, { maxLength: 2 }),
    reviews: fc.array(reviewArb, { maxLength: 2 }),
    reviewDate: isoDateArb,
    agreedAt: isoInstantArb,
    pausedReason: textArb(60),
    endReason: textArb(60),
  },
  {
    requiredKeys: [
      'schemaVersion',
      'id',
      'tenantId',
      'personId',
      'state',
      'revision',
      'careTeam',
      'createdAt',
      'updatedAt',
      'appointments',
      'preparation',
      'whatMattersToMe',
      'goals',
      'actionPlans',
      'supportContacts',
      'reviews',
    ],
  },
);

/** Arbitraries for the care-plan area's catalogue schemas, keyed by schema name. */
export const carePlanArbitraries: Record<string, fc.Arbitrary<unknown>> = {
  CarePlan: carePlanArb,
  CarePlanEvent: carePlanEventArb,
  CarePlanCommand: carePlanCommandArb,
  CarePlanPolicy: carePlanPolicyArb,
  Appointment: appointmentArb,
  WhatMattersToMe: whatMattersToMeArb,
  Goal: goalArb,
  ActionPlan: actionPlanArb,
  SupportContact: supportContactArb,
  Review: reviewArb,
  ContingencyPlan: contingencyPlanArb,
  AgendaSheet: agendaSheetArb,
  AgendaEntry: agendaEntryArb,
  PreparationLetter: preparationLetterArb,
};
