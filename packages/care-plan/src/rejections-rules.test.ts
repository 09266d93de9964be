import type { CarePlan, IsoInstant, RecordId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import type { CarePlanCommand } from './commands.js';
import type { RejectionCode } from './rejection.js';
import { actors, contextAt, plusDays } from './test-support/scenario.js';
import { planIn } from './test-support/states.js';
import { step } from './transition.js';

/** Issues `command` and expects the rejection `code`, with the plan object left as it was. */
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

/** A plan just in conversation, with nothing recorded yet. */
function bareConversation() {
  const prepared = planIn('prepared');
  const now = plusDays(prepared.now, 10);
  return { plan: accept(prepared.plan, { type: 'start-conversation' }, now), now };
}

describe('rejections: planning rules', () => {
  it('missing-what-matters, then missing-person-goal, reported together in details', () => {
    const { plan, now } = bareConversation();
    const agree: CarePlanCommand = { type: 'agree-plan', reviewDate: '2030-01-01' };
    const first = expectRejected(plan, agree, now, actors.nurse, 'missing-what-matters');
    const codes = ((first?.details?.problems ?? []) as { code: string }[]).map((p) => p.code);
    expect(codes).toEqual(['missing-what-matters', 'missing-person-goal', 'missing-action-plan']);
    // A practitioner's summary is not the person's own words.
    const summarised = accept(
      plan,
      { type: 'record-what-matters', text: 'Family', inOwnWords: false },
      now,
    );
    expectRejected(summarised, agree, now, actors.nurse, 'missing-what-matters');
    const withWords = accept(
      summarised,
      { type: 'record-what-matters', text: 'My grandchildren', inOwnWords: true },
      now,
      actors.person,
    );
    expectRejected(withWords, agree, now, actors.nurse, 'missing-person-goal');
    const teamGoal = accept(
      withWords,
      { type: 'set-goal', description: 'HbA1c under 58', domain: 'biological', owner: 'care-team' },
      now,
    );
    expectRejected(teamGoal, agree, now, actors.nurse, 'missing-person-goal');
  });

  it('incomplete-action-plan and low-confidence-needs-reason', () => {
    let { plan, now } = bareConversation();
    plan = accept(
      plan,
      { type: 'record-what-matters', text: 'Dancing', inOwnWords: true },
      now,
      actors.person,
    );
    plan = accept(
      plan,
      { type: 'set-goal', description: 'Dance at the wedding', domain: 'social', owner: 'person' },
      now,
      actors.person,
    );
    plan = accept(
      plan,
      { type: 'draft-action-plan', what: 'Practise steps', howMuch: '10 minutes', when: 'evening' },
      now,
      actors.person,
    );
    const agree: CarePlanCommand = { type: 'agree-plan', reviewDate: '2030-01-01' };
    const incomplete = expectRejected(plan, agree, now, actors.person, 'incomplete-action-plan');
    expect(incomplete?.details?.missing).toEqual(['howOften', 'owner', 'confidence']);
    const id = plan.actionPlans[0]?.id as RecordId;
    plan = accept(
      plan,
      {
        type: 'revise-action-plan',
        actionPlanId: id,
        changes: { howOften: 'three times a week', owner: actors.person, confidence: 5 },
      },
      now,
      actors.person,
    );
    expect(plan.actionPlans[0]?.needsRevision).toBe(true);
    expectRejected(plan, agree, now, actors.person, 'low-confidence-needs-reason');
    const withReason = accept(
      plan,
      {
        type: 'revise-action-plan',
        actionPlanId: id,
        changes: {},
        revisionReason: 'She wants to try anyway',
      },
      now,
      actors.person,
    );
    expect(accept(withReason, agree, now, actors.person).state).toBe('active');
    const raised = accept(
      plan,
      {
        type: 'revise-action-plan',
        actionPlanId: id,
        changes: { howMuch: '5 minutes', confidence: 8 },
      },
      now,
      actors.person,
    );
    expect(raised.actionPlans[0]?.needsRevision).toBe(false);
    expect(accept(raised, agree, now, actors.person).state).toBe('active');
  });

  it('results-lead-time: fewer than resultsLeadTimeDays local days, unless overridden', () => {
    const { plan, now } = planIn('prepared');
    const start: CarePlanCommand = { type: 'start-conversation' };
    expectRejected(plan, start, plusDays(now, 6), actors.nurse, 'results-lead-time');
    expect(accept(plan, start, plusDays(now, 7)).state).toBe('in-conversation');
    const overridden = accept(
      plan,
      { type: 'start-conversation', leadTimeOverrideReason: 'Person asked to come early' },
      plusDays(now, 2),
    );
    expect(overridden.preparation.leadTimeOverrideReason).toBe('Person asked to come early');
    const strict = step(plan, start, {
      ...contextAt(plusDays(now, 10), actors.nurse),
      policy: { ...contextAt(now, actors.nurse).policy, resultsLeadTimeDays: 14 },
    });
    expect(strict.rejection?.code).toBe('results-lead-time');
  });

  it('review-date-not-after-now: the review date must be after today', () => {
    const { plan, now } = planIn('in-conversation');
    const today = now.slice(0, 10);
    expectRejected(
      plan,
      { type: 'agree-plan', reviewDate: today },
      now,
      actors.nurse,
      'review-date-not-after-now',
    );
    const review = planIn('under-review');
    expectRejected(
      review.plan,
      { type: 'continue-plan', reviewDate: '2020-01-01' },
      review.now,
      actors.nurse,
      'review-date-not-after-now',
    );
  });

  it('a missing or impossible review date is invalid-command, as docs/errors.md promises', () => {
    const { plan, now } = planIn('in-conversation');
    for (const reviewDate of ['soon', '2027-02-30', '2027-13-01', '']) {
      const rejected = expectRejected(
        plan,
        { type: 'agree-plan', reviewDate },
        now,
        actors.nurse,
        'invalid-command',
      );
      expect(rejected?.message).not.toContain('undefined');
    }
    const missing: CarePlanCommand = JSON.parse('{"type":"agree-plan"}');
    expectRejected(plan, missing, now, actors.nurse, 'invalid-command');
    const review = planIn('under-review');
    expectRejected(
      review.plan,
      { type: 'continue-plan', reviewDate: '2027-02-30' },
      review.now,
      actors.nurse,
      'invalid-command',
    );
  });

  it('missing-action-plan: agreement needs an action plan or a recorded reason why none is needed', () => {
    let { plan, now } = bareConversation();
    plan = accept(
      plan,
      { type: 'record-what-matters', text: 'Gardening', inOwnWords: true },
      now,
      actors.person,
    );
    plan = accept(
      plan,
      { type: 'set-goal', description: 'Grow tomatoes', domain: 'social', owner: 'person' },
      now,
      actors.person,
    );
    const agree: CarePlanCommand = { type: 'agree-plan', reviewDate: '2030-01-01' };
    const rejected = expectRejected(plan, agree, now, actors.nurse, 'missing-action-plan');
    expect(plan.state).toBe('in-conversation');
    expect(rejected?.details?.problems).toEqual([
      { code: 'missing-action-plan', message: expect.any(String) },
    ]);
    expectRejected(
      plan,
      { ...agree, noActionPlanReason: '   ' },
      now,
      actors.nurse,
      'invalid-command',
    );
    const reason = 'Already self-managing well; goal is enough for now';
    const stepped = step(
      plan,
      { ...agree, noActionPlanReason: reason },
      contextAt(now, actors.nurse),
    );
    expect(stepped.rejection).toBeUndefined();
    expect(stepped.plan.state).toBe('active');
    expect(stepped.events[0]).toMatchObject({ type: 'plan-agreed', noActionPlanReason: reason });
  });

  it('review-not-due: a planned review before the review date', () => {
    const { plan, now } = planIn('active');
    expectRejected(
      plan,
      { type: 'start-review', kind: 'planned' },
      now,
      actors.nurse,
      'review-not-due',
    );
    expect(
      accept(plan, { type: 'start-review', kind: 'planned' }, '2027-10-18T08:00:00Z').state,
    ).toBe('under-review');
  });
});

describe('rejections: SMART goals', () => {
  it('goal-not-measured: a measured value for an action plan whose goal has no measure', () => {
    const { plan, now } = bareConversation();
    const withAction = accept(plan, { type: 'draft-action-plan', what: 'Walk' }, now);
    const actionPlanId = withAction.actionPlans[0]?.id as RecordId;
    const agreed = { ...withAction, state: 'active' as const };
    expectRejected(
      agreed,
      { type: 'record-check-in', actionPlanId, progress: 'some', measurement: { value: 1 } },
      now,
      actors.coach,
      'goal-not-measured',
    );
  });
});
