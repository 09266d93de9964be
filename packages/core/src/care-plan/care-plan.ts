import * as z from 'zod/mini';
import { CareTeamMemberSchema } from '../people/care-team.js';
import { CarerIdSchema, PersonIdSchema, RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText, optionalBoundedText, optionalOf } from '../shared/text.js';
import { IsoDateSchema, IsoInstantSchema } from '../shared/time-values.js';
import { ActionPlanSchema } from './action-plan.js';
import { AgendaSchema } from './agenda.js';
import { AppointmentSchema } from './appointment.js';
import { ContingencyPlanSchema } from './contingency-plan.js';
import { GoalSchema } from './goal.js';
import { carePlanLimits } from './limits.js';
import { PreparationLetterSchema, ReminderSchema } from './preparation-letter.js';
import { ReviewSchema } from './review.js';
import { CarePlanStateSchema } from './state.js';
import { SupportContactSchema } from './support-contact.js';
import { WhatMattersToMeSchema } from './what-matters.js';

/** A carer named on the plan; only carers with the person's consent may act on it. */
export const PlanCarerSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    carerId: CarerIdSchema,
    consentToShare: z.boolean(),
  }),
);
/** A carer named on the plan. */
export type PlanCarer = z.infer<typeof PlanCarerSchema>;

/** Who may act on the plan besides the person: care-team members by role, consenting carers. */
export const PlanCareTeamSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    members: z.array(CareTeamMemberSchema).check(z.maxLength(carePlanLimits.careTeamMembers)),
    carers: z.array(PlanCarerSchema).check(z.maxLength(carePlanLimits.carers)),
  }),
);
/** Who may act on the plan besides the person. */
export type PlanCareTeam = z.infer<typeof PlanCareTeamSchema>;

/**
 * Preparation facts: what went to the person and when, the reminders, the agenda-setting sheet
 * they handed in (answers and topics), and the arrival check.
 */
export const PreparationSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** When results and the agenda-setting prompt were sent to the person. */
    sentAt: optionalOf(IsoInstantSchema),
    /** The results, sheet and format sent (absent on plans prepared before schema version 2). */
    letter: optionalOf(PreparationLetterSchema),
    /** Reminders of the conversation that went out, oldest first. */
    reminders: z.array(ReminderSchema).check(z.maxLength(carePlanLimits.reminders)),
    /** The sheet as the person handed it in (the latest, if handed in more than once). */
    agenda: optionalOf(AgendaSchema),
    arrival: z.optional(
      z.object({
        at: IsoInstantSchema,
        agendaSheetReceived: z.boolean(),
        sheetReissuedAt: optionalOf(IsoInstantSchema),
        helpOfferedAt: optionalOf(IsoInstantSchema),
        /** Whether the person took the help offered (absent before schema version 2). */
        helpTaken: z.optional(z.boolean()),
      }),
    ),
    /** Why the conversation went ahead although results were sent too late. */
    leadTimeOverrideReason: z.optional(boundedText(carePlanLimits.text)),
  }),
);
/** Preparation facts. */
export type Preparation = z.infer<typeof PreparationSchema>;

/**
 * A care and support plan snapshot (one version of the person's plan). A revised plan is a new
 * record whose `replaces` names the previous version. Storage keeps its own concurrency
 * version; `revision` counts plan versions in the lineage (1 for the first).
 */
export const CarePlanSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    schemaVersion: schemaVersion(2),
    id: RecordIdSchema,
    tenantId: TenantIdSchema,
    personId: PersonIdSchema,
    state: CarePlanStateSchema,
    revision: z.number().check(z.int(), z.gte(1)),
    replaces: optionalOf(RecordIdSchema),
    supersededBy: optionalOf(RecordIdSchema),
    careTeam: PlanCareTeamSchema,
    createdAt: IsoInstantSchema,
    updatedAt: IsoInstantSchema,
    appointments: z.array(AppointmentSchema),
    preparation: PreparationSchema,
    conversationStartedAt: optionalOf(IsoInstantSchema),
    whatMattersToMe: z.array(WhatMattersToMeSchema),
    goals: z.array(GoalSchema),
    actionPlans: z.array(ActionPlanSchema),
    contingencyPlan: optionalOf(ContingencyPlanSchema),
    supportContacts: z.array(SupportContactSchema),
    reviews: z.array(ReviewSchema),
    reviewDate: optionalOf(IsoDateSchema),
    agreedAt: optionalOf(IsoInstantSchema),
    pausedReason: optionalBoundedText(carePlanLimits.text),
    /** Why the plan was withdrawn or marked entered in error. */
    endReason: optionalBoundedText(carePlanLimits.text),
  }),
);
/** A care and support plan snapshot. */
export type CarePlan = z.infer<typeof CarePlanSchema>;
