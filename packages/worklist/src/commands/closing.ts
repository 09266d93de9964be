import type { CommandGroup } from '@livewell/core';
import { enter, OWNER, OWNER_OR_SYSTEM, record } from '../rules.js';
import type { TaskTypes } from '../types.js';

/** The task ends: done (with what was done) or cancelled (with why). */
export const closing = {
  complete: {
    from: ['acknowledged', 'in-progress'],
    to: 'done',
    who: OWNER,
    summary: 'complete',
    decide: (_task, command) => record({ type: 'task.completed', outcome: command.outcome }),
    evolve: {
      'task.completed': (task, event) => {
        enter(task, event, 'done');
        task.outcome = event.outcome;
      },
    },
  },
  cancel: {
    from: ['open', 'acknowledged', 'in-progress'],
    to: 'cancelled',
    who: OWNER_OR_SYSTEM,
    summary: 'cancel (with reason)',
    decide: (_task, command) => record({ type: 'task.cancelled', reason: command.reason }),
    evolve: {
      'task.cancelled': (task, event) => {
        enter(task, event, 'cancelled');
        task.cancelReason = event.reason;
      },
    },
  },
} satisfies CommandGroup<TaskTypes>;
