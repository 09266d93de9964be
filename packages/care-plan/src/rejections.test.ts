import type { CarePlan, IsoInstant, RecordId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import type { CarePlanCommand } from './commands.js';
import { type RejectionCode, rejectionCodes } from './rejection.js';
import { replay } from './replay.js';
import { startCarePlan } from './start.js';
import {
  actors,
  careTeam,
  contextAt,
  personId,
  plusDays,
  tenantId,
} from './test-support/scenario.js';
import { planIn } from './test-support/states.js';
import { step } from './transition.js';

const tested = new Set<RejectionCode>();

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
  tested.add(code);
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

describe('rejection codes', () => {
  it('not-authorised: outside the care team, wrong person, carer without consent, wrong role', () => {
    const { plan, now } = planIn('in-conversation');
    const agree: CarePlanCommand = { type: 'agree-plan', reviewDate: '2030-01-01' };
    const outside = expectRejected(plan, agree, now, actors.outsider, 'not-authorised');
    expect(outside?.details?.reason).toBe('outside-care-team');
    expectRejected(plan, agree, now, actors.otherPerson, 'not-authorised');
    expectRejected(
      plan,
      { type: 'record-what-matters', text: 'x', inOwnWords: true },
      now,
      actors.carerWithoutConsent,
      'not-authorised',
    );
    const role = expectRejected(plan, agree, now, actors.receptionist, 'not-authorised');
    expect(role?.details?.reason).toBe('role-not-permitted');
    expectRejected(
      plan,
      { type: 'set-goal', description: 'x', domain: 'social', owner: 'person' },
      now,
      actors.carer,
      'not-authorised',
    );
    // The role recorded in the care team counts, not the role the caller claims.
    expectRejected(
      plan,
      agree,
      now,
      { kind: 'practitioner', practitionerId: 'reception-1' as never, role: 'gp' },
      'not-authorised',
    );
    const started = startCarePlan({ tenantId, personId, careTeam }, contextAt(now, actors.person));
    expect(!started.ok && started.error.code).toBe('not-authorised');
  });

  it('invalid-transition: a command from a state without that row', () => {
    const { plan, now } = planIn('invited');
    expectRejected(
      plan,
      { type: 'agree-plan', reviewDate: '2030-01-01' },
      now,
      actors.nurse,
      'invalid-transition',
    );
  });

  it('terminal-state: withdrawn and entered-in-error plans accept nothing further', () => {
    const withdrawn = planIn('withdrawn');
    expectRejected(
      withdrawn.plan,
      { type: 'withdraw', reason: 'again' },
      withdrawn.now,
      actors.person,
      'terminal-state',
    );
    const voided = planIn('entered-in-error');
    expectRejected(
      voided.plan,
      { type: 'mark-entered-in-error', reason: 'again' },
      voided.now,
      actors.gp,
      'terminal-state',
    );
  });

  it('invalid-command: blank text, out-of-range confidence, bad dates, unknown command', () => {
    const { plan, now } = planIn('in-conversation');
    expectRejected(
      plan,
      { type: 'record-what-matters', text: '   ', inOwnWords: true },
      now,
      actors.person,
      'invalid-command',
    );
    expectRejected(
      plan,
      { type: 'draft-action-plan', what: 'Walk', confidence: 11 },
      now,
      actors.person,
      'invalid-command',
    );
    expectRejected(
      plan,
      {
        type: 'set-goal',
        description: 'x',
        domain: 'social',
        owner: 'person',
        targetDate: '2027-02-30',
      },
      now,
      actors.person,
      'invalid-command',
    );
    expectRejected(
      plan,
      { type: 'record-contingency-plan', warningSigns: [], whatToDo: [], whomToCall: [] },
      now,
      actors.person,
      'invalid-command',
    );
    expectRejected(
      plan,
      { type: 'launch-rocket' } as unknown as CarePlanCommand,
      now,
      actors.person,
      'invalid-command',
    );
    const invited = planIn('invited');
    expectRejected(
      invited.plan,
      { type: 'book-information-gathering', start: 'next tuesday' },
      invited.now,
      actors.receptionist,
      'invalid-command',
    );
  });

  it('reason-required: pausing, withdrawing and voiding need a reason', () => {
    const { plan, now } = planIn('active');
    expectRejected(plan, { type: 'pause', reason: ' ' }, now, actors.person, 'reason-required');
    expectRejected(plan, { type: 'withdraw', reason: '' }, now, actors.person, 'reason-required');
    expectRejected(
      plan,
      { type: 'mark-entered-in-error', reason: '\n' },
      now,
      actors.gp,
      'reason-required',
    );
  });

  it('missing-what-matters, then missing-person-goal, reported together in details', () => {
    const { plan, now } = bareConversation();
    const agree: CarePlanCommand = { type: 'agree-plan', reviewDate: '2030-01-01' };
    const first = expectRejected(plan, agree, now, actors.nurse, 'missing-what-matters');
    const codes = ((first?.details?.problems ?? []) as { code: string }[]).map((p) => p.code);
    expect(codes).toEqual(['missing-what-matters', 'missing-person-goal']);
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
    expectRejected(
      plan,
      { type: 'agree-plan', reviewDate: 'soon' },
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

  it('unknown-goal and unknown-action-plan', () => {
    const { plan, now } = planIn('active');
    expectRejected(
      plan,
      { type: 'change-goal-status', goalId: 'nope' as RecordId, status: 'done' },
      now,
      actors.person,
      'unknown-goal',
    );
    expectRejected(
      plan,
      { type: 'record-check-in', actionPlanId: 'nope' as RecordId, progress: 'all' },
      now,
      actors.person,
      'unknown-action-plan',
    );
  });

  it('invalid-history: replay needs one start event first and one plan', () => {
    const { events } = planIn('active');
    const codes = [
      replay([]),
      replay(events.slice(1)),
      replay([...events, events[0] as never]),
      replay([...events, { ...(events[3] as object), planId: 'other' } as never]),
    ].map((r) => !r.ok && r.error.code);
    expect(codes).toEqual([
      'invalid-history',
      'invalid-history',
      'invalid-history',
      'invalid-history',
    ]);
    tested.add('invalid-history');
  });

  it('covers every rejection code', () => {
    expect([...tested].sort()).toEqual([...rejectionCodes].sort());
  });
});
