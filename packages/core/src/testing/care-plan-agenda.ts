import fc from 'fast-check';
import type {
  Agenda,
  AgendaEntry,
  AgendaSheet,
  AgendaTopicOutcome,
  PreparationLetter,
  PreparationResult,
  Reminder,
} from '../care-plan/index.js';
import { communicationPreferencesArb } from './people.js';
import { codingArb, isoDateArb, isoInstantArb, recordIdArb, textArb } from './shared.js';

const keyArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);

/** A practice's agenda-setting sheet (unique question keys). */
export const agendaSheetArb: fc.Arbitrary<AgendaSheet> = fc.record(
  {
    title: textArb(60),
    introduction: textArb(120),
    questions: fc.uniqueArray(
      fc.record(
        { key: keyArb, prompt: textArb(80), hint: textArb(80) },
        { requiredKeys: ['key', 'prompt'] },
      ),
      { minLength: 1, maxLength: 4, selector: (q) => q.key },
    ),
    topicsPrompt: textArb(80),
  },
  { requiredKeys: ['title', 'questions', 'topicsPrompt'] },
);

/** One result as sent to the person. */
export const preparationResultArb: fc.Arbitrary<PreparationResult> = fc.record(
  {
    name: textArb(40),
    value: textArb(20),
    plainWords: textArb(120),
    code: codingArb,
    takenOn: isoDateArb,
  },
  { requiredKeys: ['name', 'value', 'plainWords'] },
);

/** A preparation letter: results, sheet and format. */
export const preparationLetterArb: fc.Arbitrary<PreparationLetter> = fc.record({
  results: fc.array(preparationResultArb, { maxLength: 3 }),
  sheet: agendaSheetArb,
  format: communicationPreferencesArb.map(({ format, language, channel }) => ({
    format,
    language,
    channel,
  })),
});

/** What became of a topic. */
export const agendaTopicOutcomeArb: fc.Arbitrary<AgendaTopicOutcome> = fc.oneof(
  fc.constant({ kind: 'discussed' as const }),
  textArb(60).map((reason) => ({ kind: 'deferred' as const, reason })),
  recordIdArb.map((goalId) => ({ kind: 'became-goal' as const, goalId })),
);

/** A sheet as handed in: unique answer keys, at least one answer or topic. */
export const agendaEntryArb: fc.Arbitrary<AgendaEntry> = fc
  .record({
    answers: fc.uniqueArray(fc.record({ questionKey: keyArb, text: textArb(120) }), {
      maxLength: 3,
      selector: (a) => a.questionKey,
    }),
    topics: fc.array(textArb(60), { maxLength: 3 }),
  })
  .filter((a) => a.answers.length + a.topics.length > 0);

/** A recorded agenda (topics with ids, some marked). */
export const agendaArb: fc.Arbitrary<Agenda> = fc.record({
  recordedAt: isoInstantArb,
  answers: agendaEntryArb.map((a) => a.answers),
  topics: fc.array(
    fc.record(
      {
        id: recordIdArb,
        text: textArb(60),
        outcome: agendaTopicOutcomeArb,
        markedAt: isoInstantArb,
      },
      { requiredKeys: ['id', 'text'] },
    ),
    { maxLength: 3 },
  ),
});

/** A reminder that went out. */
export const reminderArb: fc.Arbitrary<Reminder> = fc.record({
  channel: fc.constantFrom('letter', 'text-message', 'email', 'phone', 'app'),
  sentAt: isoInstantArb,
});
