import * as z from 'zod/mini';
import { RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { optionalOf } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { carePlanLimits, optionalEnteredText, sharedEnteredText } from './limits.js';

const { agendaQuestionKey, agendaQuestions, agendaTopics, longText, shortText, text } =
  carePlanLimits;

/** A question's stable key on a practice's agenda-setting sheet (`what-matters`, `worries`). */
export const AgendaQuestionKeySchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(agendaQuestionKey),
      z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
    ),
);

/** One question on the sheet, in the practice's co-designed wording. */
export const AgendaQuestionSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    key: AgendaQuestionKeySchema,
    /** The question as the person reads it ("What is important to you at the moment?"). */
    prompt: sharedEnteredText(text),
    /** A line of help under the question ("For example: work, family, getting out"). */
    hint: optionalEnteredText(text),
  }),
);
/** One question on the agenda-setting sheet. */
export type AgendaQuestion = z.infer<typeof AgendaQuestionSchema>;

/**
 * A practice's agenda-setting sheet (the leaflet sent with the results): its questions, worded
 * with the people who use it. Data, not code: each practice configures its own, and the plan
 * keeps the wording it was sent.
 */
export const AgendaSheetSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The practice's name for this version of the sheet ("Diabetes review sheet, 2026"). */
      title: sharedEnteredText(shortText),
      /** Introductory words at the top of the sheet. */
      introduction: optionalEnteredText(longText),
      questions: z.array(AgendaQuestionSchema).check(z.minLength(1), z.maxLength(agendaQuestions)),
      /** The invitation to list topics ("What would you like to talk about?"). */
      topicsPrompt: sharedEnteredText(text),
    })
    .check(
      z.refine(
        (sheet) => new Set(sheet.questions.map((q) => q.key)).size === sheet.questions.length,
        {
          message: 'question keys must be unique',
          path: ['questions'],
        },
      ),
    ),
);
/** A practice's agenda-setting sheet. */
export type AgendaSheet = z.infer<typeof AgendaSheetSchema>;

/** The person's answer to one question, in their own words. */
export const AgendaAnswerSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    questionKey: AgendaQuestionKeySchema,
    text: sharedEnteredText(longText),
  }),
);
/** The person's answer to one question. */
export type AgendaAnswer = z.infer<typeof AgendaAnswerSchema>;

/**
 * What became of a topic in the conversation: discussed, deferred (with the reason, e.g. "next
 * appointment with the foot clinic") or turned into one of the plan's goals.
 */
export const AgendaTopicOutcomeSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('discussed') }),
    z.object({ kind: z.literal('deferred'), reason: sharedEnteredText(text) }),
    z.object({ kind: z.literal('became-goal'), goalId: RecordIdSchema }),
  ]),
);
/** What became of a topic in the conversation. */
export type AgendaTopicOutcome = z.infer<typeof AgendaTopicOutcomeSchema>;

/** A topic the person wants to talk about, and (once marked) what became of it. */
export const AgendaTopicSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: RecordIdSchema,
    text: sharedEnteredText(text),
    outcome: optionalOf(AgendaTopicOutcomeSchema),
    /** When the outcome was last marked. */
    markedAt: optionalOf(IsoInstantSchema),
  }),
);
/** A topic the person wants to talk about. */
export type AgendaTopic = z.infer<typeof AgendaTopicSchema>;

/** The agenda-setting sheet as the person handed it in: their answers and their topics. */
export const AgendaSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    recordedAt: IsoInstantSchema,
    answers: z.array(AgendaAnswerSchema).check(z.maxLength(agendaQuestions)),
    topics: z.array(AgendaTopicSchema).check(z.maxLength(agendaTopics)),
  }),
);
/** The agenda-setting sheet as the person handed it in. */
export type Agenda = z.infer<typeof AgendaSchema>;
