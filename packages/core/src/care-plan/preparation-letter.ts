import * as z from 'zod/mini';
import { CommunicationPreferencesSchema } from '../people/person.js';
import { CodingSchema } from '../shared/coding.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { optionalOf } from '../shared/text.js';
import { IsoDateSchema, IsoInstantSchema } from '../shared/time-values.js';
import { AgendaSheetSchema } from './agenda.js';
import { carePlanLimits, sharedEnteredText } from './limits.js';
import { ReminderChannelSchema } from './reminder-channel.js';

const { preparationResults, shortText, text } = carePlanLimits;

/** One result from the information-gathering appointment, as sent to the person. */
export const PreparationResultSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** What was measured, as the person knows it ("Blood sugar (HbA1c)"). */
    name: sharedEnteredText(shortText),
    /** The value with its unit ("48 mmol/mol"). */
    value: sharedEnteredText(shortText),
    /** What it means, in plain words ("A little higher than last year"). */
    plainWords: sharedEnteredText(text),
    /** The code of what was measured (e.g. SNOMED CT or LOINC), for systems. */
    code: optionalOf(CodingSchema),
    /** The day the test or check was done. */
    takenOn: optionalOf(IsoDateSchema),
  }),
);
/** One result sent to the person. */
export type PreparationResult = z.infer<typeof PreparationResultSchema>;

/**
 * The format the letter went out in, taken from the person's communication needs
 * (`Person.communication`): large print, easy read, language, and how it reached them.
 */
export const LetterFormatSchema = /* @__PURE__ */ lazySchema(() =>
  z.pick(CommunicationPreferencesSchema, {
    format: true,
    language: true,
    channel: true,
  }),
);
/** The format a preparation letter went out in. */
export type LetterFormat = z.infer<typeof LetterFormatSchema>;

/**
 * What went to the person before the conversation (Year of Care's preparation letter): the
 * results, the practice's agenda-setting sheet, and the format they were sent in.
 */
export const PreparationLetterSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    results: z.array(PreparationResultSchema).check(z.maxLength(preparationResults)),
    sheet: AgendaSheetSchema,
    format: LetterFormatSchema,
  }),
);
/** What went to the person before the conversation. */
export type PreparationLetter = z.infer<typeof PreparationLetterSchema>;

/** A reminder of the conversation that went out: how and when. */
export const ReminderSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    channel: ReminderChannelSchema,
    sentAt: IsoInstantSchema,
  }),
);
/** A reminder that went out. */
export type Reminder = z.infer<typeof ReminderSchema>;
