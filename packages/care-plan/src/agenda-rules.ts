import type { CarePlan } from '@livewell/core';
import { type Rejection, rejection } from './rejection.js';

/**
 * The agenda rule of agreement: every topic the person raised on their agenda-setting sheet has
 * been marked in the conversation (discussed, deferred with a reason, or turned into a goal), so
 * nothing they asked to talk about is silently dropped.
 */
export function agendaProblems(plan: CarePlan): Rejection[] {
  const open = (plan.preparation.agenda?.topics ?? []).filter((t) => t.outcome === undefined);
  return open.length === 0
    ? []
    : [
        rejection(
          'agenda-topic-unmarked',
          `Mark what became of the person's topics: ${open.map((t) => `"${t.text}"`).join(', ')}.`,
          { topicIds: open.map((t) => t.id) },
        ),
      ];
}
