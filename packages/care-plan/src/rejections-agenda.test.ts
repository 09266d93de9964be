import type { CarePlan, IsoInstant } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import type { CarePlanCommand } from './commands.js';
import type { RejectionCode } from './rejection.js';
import { actors, contextAt, plusDays } from './test-support/scenario.js';
import { planIn } from './test-support/states.js';
import { step } from './transition.js';

function expectRejected(
  plan: CarePlan,
  command: CarePlanCommand,
  now: IsoInstant,
  actor: Parameters<typeof contextAt>[1],
  code: RejectionCode,
) {
  const stepped = step(plan, command, contextAt(now, actor));
  expect(stepped.rejection?.code).toBe(code);
  expect(stepped.plan).toBe(plan);
  expect(stepped.events).toEqual([]);
  return stepped.rejection;
}

function accept(plan: CarePlan, command: CarePlanCommand, now: IsoInstant, actor = actors.nurse) {
  const stepped = step(plan, command, contextAt(now, actor));
  if (stepped.rejection) throw new Error(stepped.rejection.message);
  return stepped.plan;
}

describe('rejections: the agenda-setting sheet', () => {
  it('unknown-agenda-question: answers must be to questions on the sheet sent', () => {
    const { plan, now } = planIn('prepared');
    const rejection = expectRejected(
      plan,
      {
        type: 'record-agenda',
        agenda: {
          answers: [
            { questionKey: 'what-matters', text: 'My garden' },
            { questionKey: 'worries', text: 'Money' },
          ],
          topics: [],
        },
      },
      now,
      actors.person,
      'unknown-agenda-question',
    );
    expect(rejection?.details?.questionKeys).toEqual(['worries']);
  });

  it('unknown-agenda-topic: only topics on the sheet handed in can be marked', () => {
    const { plan, now } = planIn('in-conversation');
    expectRejected(
      plan,
      {
        type: 'mark-agenda-topic',
        topicId: 'no-such-topic' as never,
        outcome: { kind: 'discussed' },
      },
      now,
      actors.nurse,
      'unknown-agenda-topic',
    );
  });

  it('unknown-goal: a topic can only become one of the plan goals', () => {
    const { plan, now } = planIn('in-conversation');
    const topicId = plan.preparation.agenda?.topics[0]?.id;
    if (!topicId) throw new Error('no topic');
    expectRejected(
      plan,
      {
        type: 'mark-agenda-topic',
        topicId,
        outcome: { kind: 'became-goal', goalId: 'x' as never },
      },
      now,
      actors.nurse,
      'unknown-goal',
    );
  });

  it('agenda-topic-unmarked: the plan cannot be agreed while a topic is unmarked', () => {
    const prepared = planIn('prepared');
    let now = plusDays(prepared.now, 2);
    let plan = accept(
      prepared.plan,
      {
        type: 'record-agenda',
        agenda: { answers: [], topics: ['Sleeping badly', 'My feet'] },
      },
      now,
      actors.person,
    );
    now = plusDays(now, 8);
    plan = accept(plan, { type: 'start-conversation' }, now);
    plan = accept(
      plan,
      { type: 'record-what-matters', text: 'Sleeping through', inOwnWords: true },
      now,
      actors.person,
    );
    plan = accept(
      plan,
      { type: 'set-goal', description: 'Sleep 7 hours', domain: 'psychological', owner: 'person' },
      now,
      actors.person,
    );
    const agree: CarePlanCommand = {
      type: 'agree-plan',
      reviewDate: '2030-01-01',
      noActionPlanReason: 'Trying the goal first',
    };
    const [sleep, feet] = plan.preparation.agenda?.topics ?? [];
    if (!sleep || !feet) throw new Error('topics missing');
    const first = expectRejected(plan, agree, now, actors.nurse, 'agenda-topic-unmarked');
    expect(first?.details?.topicIds).toEqual([sleep.id, feet.id]);
    plan = accept(
      plan,
      {
        type: 'mark-agenda-topic',
        topicId: sleep.id,
        outcome: { kind: 'became-goal', goalId: plan.goals[0]?.id ?? ('' as never) },
      },
      now,
    );
    const second = expectRejected(plan, agree, now, actors.nurse, 'agenda-topic-unmarked');
    expect(second?.details?.topicIds).toEqual([feet.id]);
    plan = accept(
      plan,
      {
        type: 'mark-agenda-topic',
        topicId: feet.id,
        outcome: { kind: 'deferred', reason: 'Foot clinic appointment next month' },
      },
      now,
    );
    expect(accept(plan, agree, now).state).toBe('active');
  });
});
