import { type CommandGroup, err } from '@livewell/core';
import { ownerKey } from '../access.js';
import { OWNER_OR_SYSTEM, record, rejection } from '../rules.js';
import type { TaskTypes } from '../types.js';

/** The task is handed to another owner (it keeps its status). */
export const assigning = {
  reassign: {
    from: ['open', 'acknowledged', 'in-progress'],
    to: 'same',
    who: OWNER_OR_SYSTEM,
    summary: 'reassign',
    decide: (task, command) =>
      ownerKey(task.owner) === ownerKey(command.owner)
        ? err(rejection('same-owner', 'The task already has this owner.', { owner: task.owner }))
        : record({ type: 'task.reassigned', owner: command.owner }),
    evolve: {
      'task.reassigned': (task, event) => {
        task.owner = event.owner;
      },
    },
  },
} satisfies CommandGroup<TaskTypes>;
