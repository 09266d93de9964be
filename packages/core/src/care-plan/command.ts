import { z } from 'zod';
import { ActorSchema } from '../shared/actor.js';
import { RecordIdSchema } from '../shared/ids.js';
import { IsoDateSchema, IsoInstantSchema } from '../shared/time-values.js';
import { CheckInSchema, ConfidenceSchema, SupportNeedSchema } from './action-plan.js';
import { ContingencyContactSchema } from './contingency-plan.js';
import { ActionPlanChangesSchema } from './event.js';
import {
  GoalAchievementSchema,
  GoalDomainSchema,
  GoalOwnerSchema,
  GoalStatusSchema,
} from './goal.js';
import { ReviewKindSchema } from './review.js';
import { SupportContactKindSchema } from './support-contact.js';

/** Text that is not blank, up to `max` characters. */
const text = (max: number) => z.string().min(1).max(max).regex(/\S/, 'must not be blank');

const command = <const T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape });

const textList = (maxItems: number) => z.array(text(500)).max(maxItems);

/**
 * A request to the care-plan machine (imperative; accepted commands become past-tense events).
 * Commands never carry ids of new records: the machine takes those from its id generator. Use
 * `parseCarePlanCommand` on commands arriving from outside (HTTP, queues).
 */
export const CarePlanCommandSchema = z.discriminatedUnion('type', [
  command('book-information-gathering', { start: IsoInstantSchema }),
  command('send-preparation', {}),
  command('book-conversation', { start: IsoInstantSchema }),
  command('record-arrival', { agendaSheetReceived: z.boolean() }),
  command('start-conversation', { leadTimeOverrideReason: text(1000).optional() }),
  command('record-what-matters', { text: text(2000), inOwnWords: z.boolean() }),
  command('set-goal', {
    description: text(2000),
    domain: GoalDomainSchema,
    owner: GoalOwnerSchema,
    targetDate: IsoDateSchema.optional(),
  }),
  command('change-goal-status', {
    goalId: RecordIdSchema,
    status: GoalStatusSchema,
    achievement: GoalAchievementSchema.optional(),
    reason: text(1000).optional(),
  }),
  command('draft-action-plan', {
    goalId: RecordIdSchema.optional(),
    what: text(1000),
    howMuch: text(500).optional(),
    when: text(500).optional(),
    howOften: text(500).optional(),
    owner: ActorSchema.optional(),
    confidence: ConfidenceSchema.optional(),
    barriers: textList(20).optional(),
    supportNeeded: z.array(SupportNeedSchema).max(20).optional(),
    revisionReason: text(1000).optional(),
  }),
  command('revise-action-plan', {
    actionPlanId: RecordIdSchema,
    changes: ActionPlanChangesSchema,
    revisionReason: text(1000).optional(),
  }),
  command('record-contingency-plan', {
    warningSigns: textList(20),
    whatToDo: textList(20).min(1),
    whomToCall: z.array(ContingencyContactSchema).max(10),
  }),
  command('agree-plan', { reviewDate: IsoDateSchema }),
  command('pause', { reason: text(1000) }),
  command('resume', {}),
  command('record-check-in', {
    actionPlanId: RecordIdSchema,
    progress: CheckInSchema.shape.progress,
    note: text(2000).optional(),
    barriers: textList(20).optional(),
  }),
  command('record-support-contact', {
    kind: SupportContactKindSchema,
    actionPlanId: RecordIdSchema.optional(),
    note: text(2000).optional(),
  }),
  command('book-review', { start: IsoInstantSchema }),
  command('start-review', { kind: ReviewKindSchema, reason: text(1000).optional() }),
  command('continue-plan', { reviewDate: IsoDateSchema }),
  command('revise-plan', {}),
  command('withdraw', { reason: text(1000) }),
  command('mark-entered-in-error', { reason: text(1000) }),
]);
/** A request to the care-plan machine. */
export type CarePlanCommand = z.infer<typeof CarePlanCommandSchema>;
/** The `type` of a care-plan command. */
export type CarePlanCommandType = CarePlanCommand['type'];
/** The care-plan command of a given `type`. */
export type CarePlanCommandOf<T extends CarePlanCommandType> = Extract<
  CarePlanCommand,
  { type: T }
>;
