import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { optionalOf } from '../shared/text.js';
import { IsoDateSchema, IsoInstantSchema } from '../shared/time-values.js';
import { CheckInSchema, ConfidenceSchema, SupportNeedSchema } from './action-plan.js';
import { AgendaAnswerSchema, AgendaTopicOutcomeSchema } from './agenda.js';
import {
  GoalAchievementSchema,
  GoalDomainSchema,
  GoalOwnerSchema,
  GoalStatusSchema,
} from './goal.js';
import { GoalMeasureSchema, MeasurementSchema } from './goal-measure.js';
import { carePlanLimits, optionalEnteredText, sharedEnteredText } from './limits.js';
import { PreparationLetterSchema } from './preparation-letter.js';
import { ReminderChannelSchema } from './reminder-channel.js';
import { ReviewKindSchema } from './review.js';
import { SupportContactKindSchema } from './support-contact.js';

const { longText, text, shortText, listEntries } = carePlanLimits;

const command = <const T extends string, S extends z.core.$ZodShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape });

// Built once and shared by every command that carries them (fewer schemas built at import).
const entryList = /* @__PURE__ */ lazySchema(() =>
  z.array(sharedEnteredText(shortText)).check(z.maxLength(listEntries)),
);
const entries = () => entryList;
const supportNeedList = /* @__PURE__ */ lazySchema(() =>
  z
    .array(z.extend(SupportNeedSchema, { text: sharedEnteredText(text) }))
    .check(z.maxLength(listEntries)),
);
const supportNeeds = () => supportNeedList;

/** A person to call in a contingency plan, as entered (names must not be blank). */
const ContingencyContactEntrySchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    name: sharedEnteredText(carePlanLimits.contactName),
    role: optionalEnteredText(carePlanLimits.contactName),
    phone: optionalEnteredText(carePlanLimits.contactPhone),
  }),
);

/**
 * The person's agenda-setting sheet as handed in: answers (at most one per question) and the
 * topics they want to raise; at least one of the two.
 */
export const AgendaEntrySchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      answers: z.array(AgendaAnswerSchema).check(z.maxLength(carePlanLimits.agendaQuestions)),
      topics: z.array(sharedEnteredText(text)).check(z.maxLength(carePlanLimits.agendaTopics)),
    })
    .check(
      z.refine((a) => a.answers.length + a.topics.length > 0, {
        message: 'the sheet has no answers and no topics',
      }),
      z.refine((a) => new Set(a.answers.map((x) => x.questionKey)).size === a.answers.length, {
        message: 'at most one answer per question',
        path: ['answers'],
      }),
    ),
);
/** The person's agenda-setting sheet as handed in. */
export type AgendaEntry = z.infer<typeof AgendaEntrySchema>;

/**
 * The arrival check: whether the person brought their agenda-setting sheet and, when help was
 * offered, whether they took it. Without a sheet, help is always offered, so `helpTaken` is
 * required; with one, `helpTaken` records help offered anyway.
 */
const recordArrival = /* @__PURE__ */ lazySchema(() =>
  command('record-arrival', {
    agendaSheetReceived: z.boolean(),
    helpTaken: z.optional(z.boolean()),
  }).check(
    z.refine((c) => c.agendaSheetReceived || c.helpTaken !== undefined, {
      message: 'say whether the person took the help offered (no sheet, so help is offered)',
      path: ['helpTaken'],
    }),
  ),
);

/** The edits a `revise-action-plan` command may carry (absent keys are unchanged). */
export const ActionPlanChangesCommandSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    goalId: optionalOf(RecordIdSchema),
    what: optionalEnteredText(text),
    howMuch: optionalEnteredText(shortText),
    when: optionalEnteredText(shortText),
    howOften: optionalEnteredText(shortText),
    owner: optionalOf(ActorSchema),
    confidence: optionalOf(ConfidenceSchema),
    barriers: optionalOf(entries()),
    supportNeeded: optionalOf(supportNeeds()),
  }),
);

/**
 * A request to the care-plan machine (imperative; accepted commands become past-tense events).
 * Commands never carry ids of new records: the machine takes those from its id generator. Use
 * `parseCarePlanCommand` on commands arriving from outside (HTTP, queues).
 */
export const CarePlanCommandSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('type', [
    command('book-information-gathering', { start: IsoInstantSchema }),
    command('send-preparation', { letter: PreparationLetterSchema }),
    command('book-conversation', { start: IsoInstantSchema }),
    command('record-reminder-sent', { channel: ReminderChannelSchema, sentAt: IsoInstantSchema }),
    recordArrival,
    command('start-conversation', { leadTimeOverrideReason: optionalEnteredText(text) }),
    command('record-what-matters', { text: sharedEnteredText(longText), inOwnWords: z.boolean() }),
    command('set-goal', {
      description: sharedEnteredText(longText),
      domain: GoalDomainSchema,
      owner: GoalOwnerSchema,
      targetDate: optionalOf(IsoDateSchema),
      measure: optionalOf(GoalMeasureSchema),
    }),
    command('change-goal-status', {
      goalId: RecordIdSchema,
      status: GoalStatusSchema,
      achievement: optionalOf(GoalAchievementSchema),
      reason: optionalEnteredText(text),
    }),
    command('draft-action-plan', {
      goalId: optionalOf(RecordIdSchema),
      what: sharedEnteredText(text),
      howMuch: optionalEnteredText(shortText),
      when: optionalEnteredText(shortText),
      howOften: optionalEnteredText(shortText),
      owner: optionalOf(ActorSchema),
      confidence: optionalOf(ConfidenceSchema),
      barriers: optionalOf(entries()),
      supportNeeded: optionalOf(supportNeeds()),
      revisionReason: optionalEnteredText(text),
    }),
    command('revise-action-plan', {
      actionPlanId: RecordIdSchema,
      changes: ActionPlanChangesCommandSchema,
      revisionReason: optionalEnteredText(text),
    }),
    command('record-contingency-plan', {
      warningSigns: entries(),
      whatToDo: entries().check(z.minLength(1)),
      whomToCall: z
        .array(ContingencyContactEntrySchema)
        .check(z.maxLength(carePlanLimits.contacts)),
    }),
    command('agree-plan', {
      reviewDate: IsoDateSchema,
      /** Why the plan is agreed without an action plan (required when it has none). */
      noActionPlanReason: optionalEnteredText(text),
    }),
    command('pause', { reason: sharedEnteredText(text) }),
    command('resume', {}),
    command('record-check-in', {
      actionPlanId: RecordIdSchema,
      progress: CheckInSchema.shape.progress,
      note: optionalEnteredText(longText),
      barriers: optionalOf(entries()),
      measurement: optionalOf(MeasurementSchema),
    }),
    command('record-support-contact', {
      kind: SupportContactKindSchema,
      actionPlanId: optionalOf(RecordIdSchema),
      note: optionalEnteredText(longText),
    }),
    command('book-review', { start: IsoInstantSchema }),
    command('start-review', { kind: ReviewKindSchema, reason: optionalEnteredText(text) }),
    command('continue-plan', {
      reviewDate: IsoDateSchema,
      /** Why the plan continues without an action plan (required when it has none). */
      noActionPlanReason: optionalEnteredText(text),
    }),
    command('revise-plan', {}),
    command('withdraw', { reason: sharedEnteredText(text) }),
    command('mark-entered-in-error', { reason: sharedEnteredText(text) }),
    command('record-agenda', { agenda: AgendaEntrySchema }),
    command('mark-agenda-topic', { topicId: RecordIdSchema, outcome: AgendaTopicOutcomeSchema }),
  ]),
);
/** A request to the care-plan machine. */
export type CarePlanCommand = z.infer<typeof CarePlanCommandSchema>;
/** The `type` of a care-plan command. */
export type CarePlanCommandType = CarePlanCommand['type'];
/** The care-plan command of a given `type`. */
export type CarePlanCommandOf<T extends CarePlanCommandType> = Extract<
  CarePlanCommand,
  { type: T }
>;
