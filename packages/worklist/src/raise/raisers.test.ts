import type { CarePlan, RecordId, Referral } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { actors, personId, policy, tenantId } from '../test-support/scenario.js';
import { actionPlanRevisionTasks } from './action-plan-revision.js';
import { referralNotContactedTask } from './referral-not-contacted.js';
import { reviewDueTask } from './review-due.js';

const referral = (madeAt: string, status: Referral['status'] = 'made'): Referral => ({
  schemaVersion: 1,
  id: 'referral-1' as RecordId,
  tenantId,
  personId,
  serviceId: 'walking-group' as RecordId,
  referrer: actors.gp,
  route: 'professional-referral',
  reason: { needs: [], text: 'Walking for confidence' },
  status,
  history: [
    { status: 'draft', at: madeAt, actor: actors.gp },
    { status: 'made', at: madeAt, actor: actors.gp },
  ],
  codes: [],
  createdAt: madeAt,
  updatedAt: madeAt,
});

describe('referralNotContactedTask (working days)', () => {
  // Made Friday 8 Jan 2027: 3 working days → Mon 11, Tue 12, Wed 13; a task from Thu 14.
  const made = referral('2027-01-08T10:00:00Z');
  it('raises nothing within the working days', () => {
    expect(
      referralNotContactedTask(made, policy, { now: '2027-01-13T16:00:00Z', workingDays: 3 }),
    ).toBeUndefined();
  });
  it('raises a high task once they have passed, due 17:00 next working day', () => {
    const opened = referralNotContactedTask(made, policy, {
      now: '2027-01-14T09:00:00Z',
      workingDays: 3,
    });
    expect(opened?.task).toMatchObject({
      id: 'task.referral-not-contacted.referral-1.2027-01-08',
      priority: 'high',
      reason: { kind: 'referral-not-contacted', referralId: 'referral-1', workingDays: 3 },
      dueAt: '2027-01-15T17:00:00Z',
    });
  });
  it('skips bank holidays', () => {
    const opts = { now: '2027-01-14T09:00:00Z', workingDays: 3, holidays: ['2027-01-11'] } as const;
    expect(referralNotContactedTask(made, policy, opts)).toBeUndefined();
  });
  it('raises nothing once contacted', () => {
    const contacted = referral('2027-01-08T10:00:00Z', 'contacted');
    expect(
      referralNotContactedTask(contacted, policy, { now: '2027-02-14T09:00:00Z', workingDays: 3 }),
    ).toBeUndefined();
  });
});

const plan = (over: Partial<CarePlan>): CarePlan =>
  ({
    id: 'plan-1',
    tenantId,
    personId,
    state: 'active',
    reviewDate: '2027-03-01',
    actionPlans: [],
    ...over,
  }) as CarePlan;

describe('reviewDueTask and actionPlanRevisionTasks', () => {
  it('opens a review task within the lead days, due 09:00 local on the review date', () => {
    expect(reviewDueTask(plan({}), policy, { now: '2027-02-14T09:00:00Z' })).toBeUndefined();
    const opened = reviewDueTask(plan({}), policy, { now: '2027-02-15T09:00:00Z' });
    expect(opened?.task).toMatchObject({
      id: 'task.review.plan-1.2027-03-01',
      dueAt: '2027-03-01T09:00:00Z',
    });
  });
  it('opens one task per action plan needing revision without a kept reason', () => {
    const actionPlans = [
      { id: 'a1', needsRevision: true },
      { id: 'a2', needsRevision: true, revisionReason: 'Person chose to keep it' },
      { id: 'a3', needsRevision: false },
    ] as CarePlan['actionPlans'];
    const tasks = actionPlanRevisionTasks(plan({ actionPlans }), policy, '2027-02-15T09:00:00Z');
    expect(tasks.map((t) => t.task.id)).toEqual(['task.action-plan-revision.plan-1.a1']);
  });
});
