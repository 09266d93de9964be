/**
 * The agenda-setting sheet in the demo: the practice's co-designed sheet (data), the letter each
 * person is sent in their own format, the sheet they hand in (online or with help at reception),
 * and the conversation marking each of their topics. Called from `care-planning.ts`.
 */
import { letterFormatFor } from '@livewell/care-plan';
import type {
  AgendaEntry,
  AgendaSheet,
  AgendaTopicOutcome,
  CarePlan,
  Person,
  PreparationLetter,
  PreparationResult,
} from '@livewell/core';
import type { SessionStep } from '../sim.js';

/** The demo practice's sheet, worded with its patient participation group. */
export const practiceAgendaSheet: AgendaSheet = {
  title: 'Getting ready for your care planning appointment',
  introduction:
    'This appointment is a chance to talk about what matters to you. Your test results are below. Write as much or as little as you like.',
  questions: [
    { key: 'what-matters', prompt: 'What is important to you at the moment?' },
    {
      key: 'how-things-are',
      prompt: 'How are things going with your health?',
      hint: 'What is going well? What is hard?',
    },
    { key: 'questions', prompt: 'Is there anything you want to ask about your results?' },
  ],
  topicsPrompt: 'What would you like to talk about at your appointment?',
};

/** Results by long-term condition (SNOMED CT code), in the words the letter uses. */
const resultsByCondition: Readonly<Record<string, readonly PreparationResult[]>> = {
  '44054006': [
    {
      name: 'Blood sugar over the last 3 months (HbA1c)',
      value: '56 mmol/mol',
      plainWords: 'A little above the level we agreed last year (53).',
    },
    {
      name: 'Foot check',
      value: 'Low risk',
      plainWords: 'Your feet are healthy. Keep checking them every day.',
    },
  ],
  '13645005': [
    {
      name: 'Breathing test (FEV1)',
      value: '61% of expected',
      plainWords: 'About the same as last year.',
    },
  ],
  '38341003': [
    {
      name: 'Blood pressure',
      value: '142/86 mmHg',
      plainWords: 'A bit higher than the target of 140/90 or lower.',
    },
  ],
};
const usual: PreparationResult = {
  name: 'Blood pressure',
  value: '128/78 mmHg',
  plainWords: 'On target.',
};

/** The preparation letter for `person`: their results, the sheet, in their format and language. */
export function preparationLetterFor(person: Person): PreparationLetter {
  const results = person.conditions.flatMap((c) => resultsByCondition[c.code] ?? []);
  return {
    results: results.length > 0 ? [...results] : [usual],
    sheet: practiceAgendaSheet,
    format: letterFormatFor(person.communication),
  };
}

const topicChoices = [
  ['Feeling tired all the time', 'My feet tingle at night'],
  ['Getting out of breath on the stairs', 'Whether I still need all my tablets'],
  ['Worrying about my blood sugar', 'Going back to the gym'],
  ['Sleeping badly'],
] as const;

/** The sheet person number `i` hands in: what matters (their words) and a topic or two. */
export function agendaFor(i: number, whatMatters: string): AgendaEntry {
  const topics = topicChoices[i % topicChoices.length] ?? topicChoices[0];
  return {
    answers: [
      { questionKey: 'what-matters', text: whatMatters },
      { questionKey: 'how-things-are', text: 'Up and down. Good weeks and bad weeks.' },
    ],
    topics: [...topics],
  };
}

/**
 * The conversation's marks on the person's topics: the first becomes their first goal, a second
 * is discussed (or, for every third person, deferred to the next appointment with a reason).
 */
export function markTopics(
  i: number,
  topics: number,
  now: SessionStep['now'],
  actor: SessionStep['actor'],
): SessionStep[] {
  const outcome = (plan: CarePlan, k: number): AgendaTopicOutcome =>
    k === 0 && plan.goals[0]
      ? { kind: 'became-goal', goalId: plan.goals[0].id }
      : i % 3 === 0
        ? {
            kind: 'deferred',
            reason: 'Not enough time today; first thing at the next appointment.',
          }
        : { kind: 'discussed' };
  return Array.from({ length: topics }, (_, k) => ({
    cmd: (plan: CarePlan) => ({
      type: 'mark-agenda-topic' as const,
      topicId: plan.preparation.agenda?.topics[k]?.id ?? ('no-topic' as never),
      outcome: outcome(plan, k),
    }),
    now,
    actor,
  }));
}
