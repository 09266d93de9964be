import { makeParser, type Parser } from '../parse.js';
import { ActionPlanSchema } from './action-plan.js';
import { AgendaSheetSchema } from './agenda.js';
import { AppointmentSchema } from './appointment.js';
import { CarePlanSchema } from './care-plan.js';
import { AgendaEntrySchema, type CarePlanCommand, CarePlanCommandSchema } from './command.js';
import { ContingencyPlanSchema } from './contingency-plan.js';
import { CarePlanEventSchema } from './event.js';
import { GoalSchema } from './goal.js';
import { CarePlanPolicySchema } from './policy.js';
import { PreparationLetterSchema } from './preparation-letter.js';
import { ReviewSchema } from './review.js';
import { SupportContactSchema } from './support-contact.js';
import { WhatMattersToMeSchema } from './what-matters.js';

/** Parses untrusted input as a {@link CarePlan} snapshot (current schema version only). */
export const parseCarePlan = makeParser('CarePlan', CarePlanSchema);
/** Parses untrusted input as a {@link CarePlanEvent}. */
export const parseCarePlanEvent = makeParser('CarePlanEvent', CarePlanEventSchema);
/** Parses untrusted input as {@link CarePlanPolicy}; missing fields take their defaults. */
export const parseCarePlanPolicy = makeParser('CarePlanPolicy', CarePlanPolicySchema);
/** Parses untrusted input as an {@link Appointment}. */
export const parseAppointment = makeParser('Appointment', AppointmentSchema);
/** Parses untrusted input as a {@link WhatMattersToMe} statement. */
export const parseWhatMattersToMe = makeParser('WhatMattersToMe', WhatMattersToMeSchema);
/** Parses untrusted input as a {@link Goal}. */
export const parseGoal = makeParser('Goal', GoalSchema);
/** Parses untrusted input as an {@link ActionPlan}. */
export const parseActionPlan = makeParser('ActionPlan', ActionPlanSchema);
/** Parses untrusted input as a {@link SupportContact}. */
export const parseSupportContact = makeParser('SupportContact', SupportContactSchema);
/** Parses untrusted input as a {@link Review}. */
export const parseReview = makeParser('Review', ReviewSchema);
/** Parses untrusted input as a {@link ContingencyPlan}. */
export const parseContingencyPlan = makeParser('ContingencyPlan', ContingencyPlanSchema);
/** Parses untrusted input as a practice's {@link AgendaSheet} (its configured questions). */
export const parseAgendaSheet = makeParser('AgendaSheet', AgendaSheetSchema);
/** Parses untrusted input as a {@link PreparationLetter} (results, sheet and format). */
export const parsePreparationLetter = makeParser('PreparationLetter', PreparationLetterSchema);
/** Parses untrusted input as an {@link AgendaEntry}: a sheet as the person handed it in. */
export const parseAgendaEntry = makeParser('AgendaEntry', AgendaEntrySchema);
const parseCommand = makeParser('CarePlanCommand', CarePlanCommandSchema);
/** Commands this parser produced (deep-frozen, so they cannot have changed since). */
const parsedCommands = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const item of Object.values(value)) deepFreeze(item);
  return Object.freeze(value);
}

/**
 * Parses untrusted input as a {@link CarePlanCommand} (for commands arriving over HTTP or
 * queues). The command returned is deep-frozen and remembered, so the care-plan machine does not
 * parse it again (see {@link isParsedCarePlanCommand}).
 */
export const parseCarePlanCommand: Parser<CarePlanCommand> = (input) => {
  const parsed = parseCommand(input);
  if (parsed.ok) parsedCommands.add(deepFreeze(parsed.value));
  return parsed;
};

/** True for a command {@link parseCarePlanCommand} returned (frozen, so still valid). */
export const isParsedCarePlanCommand = (value: unknown): value is CarePlanCommand =>
  typeof value === 'object' && value !== null && parsedCommands.has(value);
