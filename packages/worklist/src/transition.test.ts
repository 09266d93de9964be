import type { TaskCommand } from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taskDiagram, taskTable } from './docs.js';
import { actors, contextAt, openedTask, START } from './test-support/scenario.js';
import { allowedCommands, replay, transition } from './transition.js';

const { task, events } = openedTask();
const gp = contextAt(START, actors.gp);

describe('task transition at the boundary', () => {
  it('never throws on hostile commands, and returns a typed rejection', () => {
    fc.assert(
      fc.property(fc.anything(), (command) => {
        // Deliberately untyped input: the command comes from outside.
        const r = transition(task, command as TaskCommand, gp);
        if (!r.ok) expect(typeof r.error.code).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [{ type: 'complete', outcome: '   ' }, 'invalid-transition'],
    [{ type: 'cancel', reason: '' }, 'invalid-command'],
    [{ type: '__proto__' }, 'invalid-command'],
    [{ type: 'reassign', owner: { kind: 'role', role: 'gp' } }, 'same-owner'],
  ])('refuses %j with %s and changes nothing', (command, code) => {
    const r = transition(task, command as TaskCommand, gp);
    expect(!r.ok && r.error.code).toBe(code);
  });

  it('ignores a claimed role: the staff records decide', () => {
    const r = transition(task, { type: 'acknowledge' }, contextAt(START, actors.claimsGp));
    expect(!r.ok && r.error.code).toBe('not-authorised');
    expect(allowedCommands(task, contextAt(START, actors.claimsGp))).toEqual([]);
    expect(allowedCommands(task, gp)).toEqual(['acknowledge', 'start', 'cancel', 'reassign']);
    expect(allowedCommands(task, contextAt(START, actors.system))).toEqual(['cancel', 'reassign']);
  });

  it('replays only a history that starts with task.opened', () => {
    expect(replay(events)).toEqual({ ok: true, value: task });
    expect(!replay([]).ok && 'refused').toBe('refused');
  });

  it('derives its diagram and table from the command specs', () => {
    expect(taskDiagram()).toContain('open --> acknowledged');
    expect(taskTable()).toContain('| `cancel`');
  });
});

describe('replay given an unreadable history (fuzz regression)', () => {
  it('refuses a revoked proxy with invalid-history instead of throwing', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const r = replay(proxy as never);
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-history');
  });
});
