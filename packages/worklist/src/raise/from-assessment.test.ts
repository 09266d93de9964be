import { describe, expect, it } from 'vitest';
import { policy, START, unscorablePhq9 } from '../test-support/scenario.js';
import { tasksFromAssessment } from './from-assessment.js';

const urgent = {
  code: 'phq9-item9-positive',
  severity: 'urgent',
  message: 'Item 9 answered 2.',
  itemId: 'phq9-9',
} as const;
const review = {
  code: 'phq9-item9-not-answered',
  severity: 'review',
  message: 'Item 9 not answered.',
  itemId: 'phq9-9',
} as const;
const info = { code: 'phq9-caseness', severity: 'info', message: 'Score 10 or more.' } as const;

describe('tasksFromAssessment', () => {
  it('opens an urgent task for an urgent flag on an unscorable assessment', () => {
    const [opened, ...rest] = tasksFromAssessment(unscorablePhq9([urgent, info]), policy);
    expect(rest).toEqual([]);
    expect(opened?.task).toMatchObject({
      id: 'task.assessment-1.phq9-item9-positive',
      status: 'open',
      priority: 'urgent',
      owner: policy.urgentOwner,
      reason: {
        kind: 'assessment-flag',
        assessmentId: 'assessment-1',
        flagCode: urgent.code,
        itemId: 'phq9-9',
      },
      dueAt: '2027-01-11T13:00:00Z',
    });
    expect(opened?.events[0]).toMatchObject({
      type: 'task.opened',
      id: 'task.assessment-1.phq9-item9-positive.opened',
    });
  });

  it('opens a review task for a skipped safety item, and none for info flags', () => {
    const opened = tasksFromAssessment(unscorablePhq9([review, info]), policy);
    expect(opened.map((o) => [o.task.priority, o.task.reason])).toEqual([
      [
        'high',
        {
          kind: 'assessment-flag',
          assessmentId: 'assessment-1',
          flagCode: review.code,
          itemId: 'phq9-9',
        },
      ],
    ]);
  });

  it('is deterministic: the same assessment gives the same tasks and ids', () => {
    const a = unscorablePhq9([urgent, review]);
    expect(tasksFromAssessment(a, policy)).toEqual(tasksFromAssessment(a, policy));
  });

  it('raises from `now` when given', () => {
    const [opened] = tasksFromAssessment(unscorablePhq9([urgent]), policy, {
      now: '2027-01-12T08:00:00Z',
    });
    expect(opened?.task.dueAt).toBe('2027-01-12T12:00:00Z');
    expect(opened?.task.createdAt).not.toBe(START);
  });
});
