// Keeps the README's example honest: the same code, run as a test.
import { defaultCarePlanPolicy, sequentialIds } from '@livewell/core';
import { expect, it } from 'vitest';
import { allowedCommands, replay, startCarePlan, transition } from './index.js';
import { actors, careTeam, personId, tenantId } from './test-support/scenario.js';

it('runs the README example', () => {
  const receptionist = actors.receptionist;
  const lines: unknown[] = [];
  const log = (...args: unknown[]) => lines.push(args);
  // --- README example (keep in step with packages/care-plan/README.md) ---
  const ids = sequentialIds('demo');
  const ctx = (now: string, actor: typeof receptionist) => ({
    now,
    actor,
    policy: defaultCarePlanPolicy,
    timeZone: 'Europe/London',
    ids,
  });
  const started = startCarePlan(
    { tenantId, personId, careTeam },
    ctx('2026-10-01T09:00:00Z', receptionist),
  );
  if (!started.ok) throw new Error(started.error.message);
  const booked = transition(
    started.value.plan,
    { type: 'book-information-gathering', start: '2026-10-05T08:30:00Z' },
    ctx('2026-10-01T09:05:00Z', receptionist),
  );
  if (!booked.ok) throw new Error(booked.error.code);
  log(booked.value.plan.state, allowedCommands(booked.value.plan, receptionist));
  const history = [...started.value.events, ...booked.value.events];
  log(replay(history).ok);
  // --- end of README example ---
  expect(lines).toEqual([
    [
      'information-gathering',
      [
        'send-preparation',
        'book-conversation',
        'record-reminder-sent',
        'withdraw',
        'mark-entered-in-error',
      ],
    ],
    [true],
  ]);
});
