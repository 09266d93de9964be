import type { Agenda, CommandGroup, RecordId } from '@livewell/core';
import { accept } from '../decision.js';
import type { CarePlanTypes } from '../lifecycle-types.js';
import { rejection } from '../rejection.js';
import { clinicians, practiceOrSystem, who } from '../who.js';
import { writable, writableEntry } from '../working-copy.js';

/**
 * The agenda-setting sheet as data: the person's answers to the practice's questions and the
 * topics they want to raise become part of the plan's preparation, and in the conversation
 * each topic is marked discussed, deferred (with a reason) or turned into a goal.
 */
export const agendaCommands = {
  'record-agenda': {
    from: ['prepared'],
    to: 'same',
    // The person (on the web page), a consenting carer, or practice staff copying a paper sheet.
    who: who(practiceOrSystem.roles, { person: true, carer: true }),
    summary: 'record agenda sheet',
    // Answers must be to questions on the sheet that was sent; the sheet handed in last is the
    // one the conversation works from (earlier ones stay in the history).
    decide: (plan, { agenda }, context) => {
      const keys = new Set(plan.preparation.letter?.sheet.questions.map((q) => q.key) ?? []);
      const unknown = agenda.answers.map((a) => a.questionKey).filter((k) => !keys.has(k));
      const recorded: Agenda = {
        recordedAt: context.now,
        answers: agenda.answers.map((a) => ({ ...a })),
        topics: agenda.topics.map((text) => ({
          id: context.ids('agenda-topic') as RecordId,
          text,
        })),
      };
      return accept.unless(
        unknown.length > 0
          ? rejection(
              'unknown-agenda-question',
              `The sheet sent to the person has no question ${unknown.map((k) => `"${k}"`).join(', ')}.`,
              { questionKeys: unknown },
            )
          : undefined,
        { type: 'agenda-recorded', agenda: recorded },
      );
    },
    evolve: {
      // Copied: topics are marked later in the same draft when events are replayed together.
      'agenda-recorded': (draft, e) => {
        writable(draft, 'preparation').agenda = {
          recordedAt: e.agenda.recordedAt,
          answers: e.agenda.answers.map((answer) => ({ ...answer })),
          topics: e.agenda.topics.map((topic) => ({ ...topic })),
        };
      },
    },
  },
  'mark-agenda-topic': {
    from: ['in-conversation'],
    to: 'same',
    who: who(clinicians, { person: true }),
    summary: 'mark agenda topic',
    // The topic must be on the sheet handed in; a goal it became must be one of the plan's.
    decide: (plan, { topicId, outcome }) => {
      const topic = plan.preparation.agenda?.topics.find((t) => t.id === topicId);
      return accept.unless(
        topic === undefined
          ? rejection('unknown-agenda-topic', 'The agenda has no such topic.', { topicId })
          : outcome.kind === 'became-goal' && !plan.goals.some((g) => g.id === outcome.goalId)
            ? rejection('unknown-goal', 'The plan has no such goal.', { goalId: outcome.goalId })
            : undefined,
        { type: 'agenda-topic-marked', topicId, outcome: { ...outcome } },
      );
    },
    evolve: {
      'agenda-topic-marked': (draft, e) => {
        const agenda = writable(writable(draft, 'preparation'), 'agenda');
        const topic =
          agenda && writableEntry(writable(agenda, 'topics'), (t) => t.id === e.topicId);
        if (!topic) return;
        topic.outcome = e.outcome;
        topic.markedAt = e.at;
      },
    },
  },
} satisfies CommandGroup<CarePlanTypes>;
