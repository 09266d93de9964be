import { describe, expect, it } from 'vitest';
import { escalatedTasks, escalationOf, overdueTasks } from './overdue.js';
import { openedTask, policy } from './test-support/scenario.js';

const task = openedTask().task; // high priority, due 2027-01-12T09:00Z

describe('overdue and escalation', () => {
  it('is on time until the due time, overdue after, escalated after the grace', () => {
    expect(escalationOf(task, '2027-01-12T09:00:00Z', policy)).toBe('on-time');
    expect(escalationOf(task, '2027-01-12T09:01:00Z', policy)).toBe('overdue');
    expect(escalationOf(task, '2027-01-13T09:01:00Z', policy)).toBe('escalated');
  });
  it('never counts finished tasks', () => {
    const done = { ...task, status: 'done' as const };
    expect(overdueTasks([done], '2030-01-01T00:00:00Z')).toEqual([]);
    expect(escalationOf(done, '2030-01-01T00:00:00Z', policy)).toBe('on-time');
  });
  it('orders urgent first, then longest overdue', () => {
    const urgent = {
      ...task,
      id: task.id,
      priority: 'urgent' as const,
      dueAt: '2027-01-12T10:00:00Z',
    };
    const older = { ...task, dueAt: '2027-01-11T10:00:00Z' };
    const now = '2027-01-14T00:00:00Z';
    expect(overdueTasks([task, older, urgent], now).map((t) => [t.priority, t.dueAt])).toEqual([
      ['urgent', '2027-01-12T10:00:00Z'],
      ['high', '2027-01-11T10:00:00Z'],
      ['high', '2027-01-12T09:00:00Z'],
    ]);
    expect(escalatedTasks([task], '2027-01-12T10:00:00Z', policy)).toEqual([]);
  });
});
