import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { PersonIdSchema, RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText, optionalBoundedText, optionalOf } from '../shared/text.js';
import { IsoDateSchema, IsoInstantSchema } from '../shared/time-values.js';
import {
  ActionPlanSchema,
  CheckInSchema,
  ConfidenceSchema,
  SupportNeedSchema,
} from './action-plan.js';
import { AgendaSchema, AgendaTopicOutcomeSchema } from './agenda.js';
import { AppointmentSchema } from './appointment.js';
import { PlanCareTeamSchema } from './care-plan.js';
import { ContingencyPlanSchema } from './contingency-plan.js';
import { GoalAchievementSchema, GoalSchema, GoalStatusSchema } from './goal.js';
import { carePlanLimits } from './limits.js';
import { PreparationLetterSchema } from './preparation-letter.js';
import { ReminderChannelSchema } from './reminder-channel.js';
import { ReviewSchema } from './review.js';
import { SupportContactSchema } from './support-contact.js';
import { WhatMattersToMeSchema } from './what-matters.js';

/** Fields every care-plan event carries: what plan, who, when, and the event's own id. */
const base = {
  schemaVersion: schemaVersion(2),
  id: RecordIdSchema,
  tenantId: TenantIdSchema,
  planId: RecordIdSchema,
  at: IsoInstantSchema,
  actor: ActorSchema,
};

const reason = /* @__PURE__ */ lazySchema(() => boundedText(carePlanLimits.text));

const event = <const T extends string, S extends z.core.$ZodShape>(type: T, shape: S) =>
  z.object({ ...base, type: z.literal(type), ...shape });

/** The edits a revision of an action plan may carry (absent keys are unchanged). */
export const ActionPlanChangesSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    goalId: optionalOf(RecordIdSchema),
    what: optionalBoundedText(carePlanLimits.text),
    howMuch: optionalBoundedText(carePlanLimits.shortText),
    when: optionalBoundedText(carePlanLimits.shortText),
    howOften: optionalBoundedText(carePlanLimits.shortText),
    owner: optionalOf(ActorSchema),
    confidence: optionalOf(ConfidenceSchema),
    barriers: z.optional(
      z.array(boundedText(carePlanLimits.shortText)).check(z.maxLength(carePlanLimits.listEntries)),
    ),
    supportNeeded: z.optional(
      z.array(SupportNeedSchema).check(z.maxLength(carePlanLimits.listEntries)),
    ),
  }),
);
/** The edits a revision of an action plan may carry. */
export type ActionPlanChanges = z.infer<typeof ActionPlanChangesSchema>;

/** Content carried from a superseded plan into its next version. */
export const CarriedContentSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    whatMattersToMe: z.array(WhatMattersToMeSchema),
    goals: z.array(GoalSchema),
    actionPlans: z.array(ActionPlanSchema),
    contingencyPlan: optionalOf(ContingencyPlanSchema),
  }),
);
/** Content carried from a superseded plan into its next version. */
export type CarriedContent = z.infer<typeof CarriedContentSchema>;

/**
 * Everything that can happen to a care plan: immutable past-tense facts, each with its actor and
 * time. `replay(events)` folds them back into the plan.
 */
export const CarePlanEventSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('type', [
    event('plan-invited', {
      personId: PersonIdSchema,
      careTeam: PlanCareTeamSchema,
    }),
    event('next-version-started', {
      personId: PersonIdSchema,
      careTeam: PlanCareTeamSchema,
      revision: z.number().check(z.int(), z.gte(2)),
      replaces: RecordIdSchema,
      carried: CarriedContentSchema,
    }),
    event('information-gathering-booked', { appointment: AppointmentSchema }),
    event('conversation-booked', { appointment: AppointmentSchema }),
    event('review-booked', { appointment: AppointmentSchema }),
    /** `letter` is absent only in events recorded before schema version 2 (it was not kept). */
    event('preparation-sent', { letter: optionalOf(PreparationLetterSchema) }),
    event('reminder-sent', { channel: ReminderChannelSchema, sentAt: IsoInstantSchema }),
    event('arrival-recorded', { agendaSheetReceived: z.boolean() }),
    event('agenda-sheet-reissued', {}),
    /** `taken` is absent only in events recorded before schema version 2. */
    event('help-offered', { taken: z.optional(z.boolean()) }),
    event('conversation-started', { leadTimeOverrideReason: optionalOf(reason) }),
    event('what-matters-recorded', { statement: WhatMattersToMeSchema }),
    event('goal-set', { goal: GoalSchema }),
    event('goal-status-changed', {
      goalId: RecordIdSchema,
      status: GoalStatusSchema,
      achievement: optionalOf(GoalAchievementSchema),
      reason: optionalOf(reason),
    }),
    event('action-plan-drafted', { actionPlan: ActionPlanSchema }),
    event('action-plan-revised', {
      actionPlanId: RecordIdSchema,
      changes: ActionPlanChangesSchema,
      needsRevision: z.boolean(),
      revisionReason: optionalOf(reason),
    }),
    event('contingency-plan-recorded', { contingencyPlan: ContingencyPlanSchema }),
    event('plan-agreed', {
      reviewDate: IsoDateSchema,
      noActionPlanReason: optionalOf(reason),
    }),
    event('plan-paused', { reason }),
    event('plan-resumed', {}),
    event('progress-checked-in', { actionPlanId: RecordIdSchema, checkIn: CheckInSchema }),
    event('support-contact-recorded', { contact: SupportContactSchema }),
    event('review-started', { review: ReviewSchema }),
    event('plan-continued', {
      reviewId: RecordIdSchema,
      reviewDate: IsoDateSchema,
      noActionPlanReason: optionalOf(reason),
    }),
    event('plan-superseded', { reviewId: RecordIdSchema, supersededBy: RecordIdSchema }),
    event('plan-withdrawn', { reason }),
    event('marked-entered-in-error', { reason }),
    event('agenda-recorded', { agenda: AgendaSchema }),
    event('agenda-topic-marked', { topicId: RecordIdSchema, outcome: AgendaTopicOutcomeSchema }),
  ]),
);
/** Everything that can happen to a care plan. */
export type CarePlanEvent = z.infer<typeof CarePlanEventSchema>;
/** The `type` of a care-plan event. */
export type CarePlanEventType = CarePlanEvent['type'];
/** The care-plan event of a given `type`. */
export type CarePlanEventOf<T extends CarePlanEventType> = Extract<CarePlanEvent, { type: T }>;

/**
 * Every event type, in declaration order (written out, not read off the schema, so that importing
 * core does not build the schema; a test checks the two agree).
 */
export const carePlanEventTypes: readonly CarePlanEventType[] = [
  'plan-invited',
  'next-version-started',
  'information-gathering-booked',
  'conversation-booked',
  'review-booked',
  'preparation-sent',
  'reminder-sent',
  'arrival-recorded',
  'agenda-sheet-reissued',
  'help-offered',
  'conversation-started',
  'what-matters-recorded',
  'goal-set',
  'goal-status-changed',
  'action-plan-drafted',
  'action-plan-revised',
  'contingency-plan-recorded',
  'plan-agreed',
  'plan-paused',
  'plan-resumed',
  'progress-checked-in',
  'support-contact-recorded',
  'review-started',
  'plan-continued',
  'plan-superseded',
  'plan-withdrawn',
  'marked-entered-in-error',
  'agenda-recorded',
  'agenda-topic-marked',
];
