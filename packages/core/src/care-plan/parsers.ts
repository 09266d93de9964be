import { makeParser } from '../parse.js';
import { ActionPlanSchema } from './action-plan.js';
import { AppointmentSchema } from './appointment.js';
import { CarePlanSchema } from './care-plan.js';
import { CarePlanCommandSchema } from './command.js';
import { ContingencyPlanSchema } from './contingency-plan.js';
import { CarePlanEventSchema } from './event.js';
import { GoalSchema } from './goal.js';
import { CarePlanPolicySchema } from './policy.js';
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
/** Parses untrusted input as a {@link CarePlanCommand} (for commands arriving over HTTP or queues). */
export const parseCarePlanCommand = makeParser('CarePlanCommand', CarePlanCommandSchema);
