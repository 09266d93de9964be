import { ActionPlanSchema } from './action-plan.js';
import { AgendaSheetSchema } from './agenda.js';
import { AppointmentSchema } from './appointment.js';
import { CarePlanSchema } from './care-plan.js';
import { AgendaEntrySchema, CarePlanCommandSchema } from './command.js';
import { ContingencyPlanSchema } from './contingency-plan.js';
import { CarePlanEventSchema } from './event.js';
import { GoalSchema } from './goal.js';
import { CarePlanPolicySchema } from './policy.js';
import { PreparationLetterSchema } from './preparation-letter.js';
import { ReviewSchema } from './review.js';
import { SupportContactSchema } from './support-contact.js';
import { WhatMattersToMeSchema } from './what-matters.js';

/** The care-plan area's top-level schemas, by name (for JSON Schema export and tests). */
export const carePlanSchemas = {
  CarePlan: CarePlanSchema,
  CarePlanEvent: CarePlanEventSchema,
  CarePlanCommand: CarePlanCommandSchema,
  CarePlanPolicy: CarePlanPolicySchema,
  Appointment: AppointmentSchema,
  WhatMattersToMe: WhatMattersToMeSchema,
  Goal: GoalSchema,
  ActionPlan: ActionPlanSchema,
  SupportContact: SupportContactSchema,
  Review: ReviewSchema,
  ContingencyPlan: ContingencyPlanSchema,
  AgendaSheet: AgendaSheetSchema,
  AgendaEntry: AgendaEntrySchema,
  PreparationLetter: PreparationLetterSchema,
} as const;
