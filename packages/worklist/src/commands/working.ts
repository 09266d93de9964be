import type { CommandGroup } from '@livewell/core';
import { enter, OWNER, record } from '../rules.js';
import type { TaskTypes } from '../types.js';

/** The owner takes the task on, then starts work on it. */
export const working = {
  acknowledge: {
    from: ['open'],
    to: 'acknowledged',
    who: OWNER,
    summary: 'acknowledge',
    decide: () => record({ type: 'task.acknowledged' }),
    evolve: {
      'task.acknowledged': (task, event) => {
        enter(task, event, 'acknowledged');
      },
    },
  },
  start: {
    from: ['open', 'acknowledged'],
    to: 'in-progress',
    who: OWNER,
    summary: 'start',
    decide: () => record({ type: 'task.started' }),
    evolve: {
      'task.started': (task, event) => {
        enter(task, event, 'in-progress');
      },
    },
  },
} satisfies CommandGroup<TaskTypes>;
