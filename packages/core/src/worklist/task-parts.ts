import * as z from 'zod/mini';
import { ItemIdSchema } from '../activation/instrument-parts.js';
import { PractitionerRoleSchema } from '../shared/actor.js';
import { PractitionerIdSchema, RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { optionalOf } from '../shared/text.js';
import { IsoDateSchema } from '../shared/time-values.js';

/** Where a task is in its lifecycle: open → acknowledged → in progress → done / cancelled. */
export const TaskStatusSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['open', 'acknowledged', 'in-progress', 'done', 'cancelled']),
);
/** Where a task is in its lifecycle. */
export type TaskStatus = z.infer<typeof TaskStatusSchema>;
/** Every task status, in lifecycle order. */
export const taskStatuses = TaskStatusSchema.options;

/** How soon a task needs attention: `urgent` (a safety flag), `high`, or `routine`. */
export const TaskPrioritySchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['urgent', 'high', 'routine']),
);
/** How soon a task needs attention. */
export type TaskPriority = z.infer<typeof TaskPrioritySchema>;

/** A team of practitioners (a practice's duty team, a nursing team), by record id. */
export const TeamIdSchema = /* @__PURE__ */ lazySchema(() => RecordIdSchema);

/**
 * Who owns a task: one practitioner, anyone holding a role (say, any GP of the tenant), or a
 * team. Who belongs to a role or team comes from the staff records, never from the actor.
 */
export const TaskOwnerSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('practitioner'), practitionerId: PractitionerIdSchema }),
    z.object({ kind: z.literal('role'), role: PractitionerRoleSchema }),
    z.object({ kind: z.literal('team'), teamId: TeamIdSchema }),
  ]),
);
/** Who owns a task. */
export type TaskOwner = z.infer<typeof TaskOwnerSchema>;

const flagCode = /* @__PURE__ */ lazySchema(() =>
  z.string().check(z.minLength(1), z.maxLength(80), z.regex(/^[a-z0-9][a-z0-9.-]*$/)),
);

/**
 * Why a task exists, with links to what raised it: a flag on an assessment (an urgent safety flag
 * or a review flag such as a skipped safety item), a preparation reminder, a review due, a referral
 * not contacted in N working days, an action plan needing revision, or a person asking for help
 * with their agenda sheet.
 */
export const TaskReasonSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('assessment-flag'),
      assessmentId: RecordIdSchema,
      flagCode,
      itemId: optionalOf(ItemIdSchema),
    }),
    z.object({
      kind: z.literal('preparation-reminder'),
      carePlanId: RecordIdSchema,
      dueOn: IsoDateSchema,
    }),
    z.object({
      kind: z.literal('review-due'),
      carePlanId: RecordIdSchema,
      reviewDate: IsoDateSchema,
    }),
    z.object({
      kind: z.literal('referral-not-contacted'),
      referralId: RecordIdSchema,
      workingDays: z.int().check(z.gte(1), z.lte(60)),
    }),
    z.object({
      kind: z.literal('action-plan-revision'),
      carePlanId: RecordIdSchema,
      actionPlanId: RecordIdSchema,
    }),
    z.object({ kind: z.literal('agenda-help'), carePlanId: RecordIdSchema }),
  ]),
);
/** Why a task exists, with links to what raised it. */
export type TaskReason = z.infer<typeof TaskReasonSchema>;
/** The `kind` of a {@link TaskReason}. */
export type TaskReasonKind = TaskReason['kind'];

/** A free-text note on a task (an outcome, a cancellation reason): 1–2000 characters. */
export const TaskNoteSchema = /* @__PURE__ */ lazySchema(() =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
);
