import { type Actor, sequentialIds } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { allowedCommands } from './allowed.js';
import { replay } from './replay.js';
import { isReviewDue, suggestedReviewDate } from './review-due.js';
import { revisePlan } from './revise.js';
import { actors, contextAt, pathToActive, plusDays, runScript } from './test-support/scenario.js';
import { planIn } from './test-support/states.js';
import { step, transition } from './transition.js';

const isDeepFrozen = (value: unknown): boolean =>
  typeof value !== 'object' ||
  value === null ||
  (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));

describe('the realistic path', () => {
  it('goes invite → tests → preparation → conversation → active, and replays', () => {
    const { plan, events } = runScript(pathToActive);
    expect(plan.state).toBe('active');
    expect(plan.goals.map((g) => g.status)).toEqual(['agreed']);
    expect(plan.reviewDate).toBe('2027-10-18');
    expect(events.map((e) => e.type)).toEqual([
      'plan-invited',
      'information-gathering-booked',
      'conversation-booked',
      'preparation-sent',
      'agenda-recorded',
      'arrival-recorded',
      'conversation-started',
      'what-matters-recorded',
      'goal-set',
      'agenda-topic-marked',
      'action-plan-drafted',
      'contingency-plan-recorded',
      'plan-agreed',
    ]);
    for (const event of events) expect(event.schemaVersion).toBe(2);
    const rebuilt = replay(events);
    expect(rebuilt.ok && rebuilt.value).toEqual(plan);
  });

  it('records a missing agenda sheet with a new sheet issued and help offered (and taken)', () => {
    const { plan, now } = planIn('prepared');
    const r = transition(
      plan,
      { type: 'record-arrival', agendaSheetReceived: false, helpTaken: true },
      contextAt(now, actors.receptionist),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.events.map((e) => e.type)).toEqual([
      'arrival-recorded',
      'agenda-sheet-reissued',
      'help-offered',
    ]);
    expect(r.value.plan.preparation.arrival).toEqual({
      at: now,
      agendaSheetReceived: false,
      sheetReissuedAt: now,
      helpOfferedAt: now,
      helpTaken: true,
    });
  });

  it('revises after review: the old version is superseded and the next one replaces it', () => {
    const ids = sequentialIds('r');
    const { plan, now } = runScript(
      [
        ...pathToActive,
        { afterDays: 365, actor: actors.nurse, command: { type: 'start-review', kind: 'planned' } },
      ],
      ids,
    );
    const revised = revisePlan(plan, contextAt(now, actors.nurse, ids));
    if (!revised.ok) throw new Error(revised.error.message);
    const { superseded, next } = revised.value;
    expect(superseded.plan.state).toBe('superseded');
    expect(superseded.plan.reviews.at(-1)?.outcome).toBe('revised');
    expect(next.plan.state).toBe('in-conversation');
    expect(next.plan.replaces).toBe(plan.id);
    expect(next.plan.id).toBe(superseded.plan.supersededBy);
    expect(next.plan.revision).toBe(2);
    expect(next.plan.goals).toEqual(plan.goals);
    expect(next.plan.actionPlans.every((a) => a.checkIns.length === 0)).toBe(true);
    const rebuilt = replay(next.events);
    expect(rebuilt.ok && rebuilt.value).toEqual(next.plan);
    const agreed = transition(
      next.plan,
      { type: 'agree-plan', reviewDate: '2028-11-01' },
      contextAt(now, actors.person, ids),
    );
    expect(agreed.ok && agreed.value.plan.state).toBe('active');
  });

  it('continues after review with a new review date', () => {
    const { plan, now } = planIn('under-review');
    const r = transition(
      plan,
      { type: 'continue-plan', reviewDate: '2028-06-01' },
      contextAt(now, actors.gp),
    );
    expect(r.ok && r.value.plan.state).toBe('active');
    expect(r.ok && r.value.plan.reviews.at(-1)?.outcome).toBe('continued');
  });
});

describe('immutability', () => {
  it('returns deep-frozen plans and events that share unchanged parts', () => {
    const { plan, now } = planIn('active');
    expect(isDeepFrozen(plan)).toBe(true);
    const r = transition(
      plan,
      { type: 'record-support-contact', kind: 'text' },
      contextAt(now, actors.coach),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(isDeepFrozen(r.value.plan)).toBe(true);
    expect(isDeepFrozen(r.value.events)).toBe(true);
    expect(r.value.plan).not.toBe(plan);
    expect(r.value.plan.goals).toBe(plan.goals);
    expect(r.value.plan.careTeam).toBe(plan.careTeam);
    expect(r.value.plan.actionPlans).toBe(plan.actionPlans);
  });

  it('returns the identical plan object on rejection', () => {
    const { plan, now } = planIn('active');
    const stepped = step(
      plan,
      { type: 'agree-plan', reviewDate: '2030-01-01' },
      contextAt(now, actors.nurse),
    );
    expect(stepped.rejection?.code).toBe('invalid-transition');
    expect(stepped.plan).toBe(plan);
  });

  it("never freezes or keeps the caller's objects", () => {
    const { plan, now } = planIn('in-conversation');
    const actor: Actor = { kind: 'person', personId: plan.personId };
    const owner: Actor = { kind: 'person', personId: plan.personId };
    const barriers = ['weather'];
    const r = transition(
      plan,
      { type: 'draft-action-plan', what: 'Swim', owner, barriers },
      contextAt(now, actor),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(Object.isFrozen(actor) || Object.isFrozen(owner) || Object.isFrozen(barriers)).toBe(
      false,
    );
    barriers.push('cost');
    expect(r.value.plan.actionPlans.at(-1)?.barriers).toEqual(['weather']);
  });
});

describe('allowedCommands', () => {
  it('offers each actor only what the table lets them do in this state', () => {
    const { plan } = planIn('in-conversation');
    expect(allowedCommands(plan, actors.receptionist)).toEqual([
      'withdraw',
      'mark-entered-in-error',
    ]);
    expect(allowedCommands(plan, actors.person)).toEqual([
      'record-what-matters',
      'set-goal',
      'change-goal-status',
      'draft-action-plan',
      'revise-action-plan',
      'record-contingency-plan',
      'agree-plan',
      'withdraw',
      'mark-agenda-topic',
    ]);
    expect(allowedCommands(plan, actors.outsider)).toEqual([]);
    expect(allowedCommands(plan, actors.carerWithoutConsent)).toEqual([]);
    expect(allowedCommands(planIn('entered-in-error').plan, actors.gp)).toEqual([]);
  });
});

describe('isReviewDue', () => {
  it('is due from the review date (local date), only for active or paused plans', () => {
    const { plan } = planIn('active');
    expect(isReviewDue(plan, '2027-10-17T22:59:00Z')).toBe(false);
    // 23:00Z on 17 Oct is midnight on 18 Oct in London (BST).
    expect(isReviewDue(plan, '2027-10-17T23:00:00Z')).toBe(true);
    expect(isReviewDue(plan, '2027-10-17T23:00:00Z', 'UTC')).toBe(false);
    expect(
      isReviewDue({ ...plan, state: 'under-review' }, plusDays('2027-10-18T12:00:00Z', 1)),
    ).toBe(false);
    expect(isReviewDue({ state: 'paused', reviewDate: '2027-01-01' }, '2027-01-01T12:00:00Z')).toBe(
      true,
    );
  });
});

describe('suggestedReviewDate', () => {
  it('adds the policy interval to the local date, clamping to month ends', () => {
    expect(suggestedReviewDate('2026-10-19T23:30:00Z', { reviewIntervalMonths: 12 })).toBe(
      '2027-10-20',
    );
    expect(suggestedReviewDate('2027-01-31T12:00:00Z', { reviewIntervalMonths: 1 }, 'UTC')).toBe(
      '2027-02-28',
    );
    expect(suggestedReviewDate('2027-11-30T12:00:00Z', { reviewIntervalMonths: 3 }, 'UTC')).toBe(
      '2028-02-29',
    );
  });
});

describe('record-reminder-sent (added by the recipe in docs/care-plan.md)', () => {
  it('records the channel and time in a reminder-sent event; the plan stays where it was', () => {
    const { plan, events, now } = planIn('prepared');
    const r = transition(
      plan,
      { type: 'record-reminder-sent', channel: 'letter', sentAt: '2026-10-08T09:00:00Z' },
      contextAt(now, actors.system),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.plan.state).toBe('prepared');
    expect(r.value.events).toEqual([
      expect.objectContaining({
        type: 'reminder-sent',
        channel: 'letter',
        sentAt: '2026-10-08T09:00:00Z',
        actor: actors.system,
      }),
    ]);
    expect(replay([...events, ...r.value.events])).toEqual({ ok: true, value: r.value.plan });
    const active = planIn('active');
    const late = step(
      active.plan,
      { type: 'record-reminder-sent', channel: 'letter', sentAt: '2026-10-08T09:00:00Z' },
      contextAt(active.now, actors.receptionist),
    );
    expect(late.rejection?.code).toBe('invalid-transition');
  });
});
