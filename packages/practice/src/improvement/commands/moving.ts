import type { CommandGroup } from '@livewell/core';
import { record, STAFF_OR_SYSTEM } from '../rules.js';
import type { ImprovementTypes } from '../types.js';

/** Moving an idea into a trial, a trial into routine use, or dropping it at any point. */
export const moving = {
  'start-trial': {
    from: ['idea'],
    to: 'trial',
    who: STAFF_OR_SYSTEM,
    summary: 'start a trial',
    decide: (improvement, _command, context) =>
      record(improvement, context, { type: 'improvement.trial-started' }),
    evolve: {
      'improvement.trial-started': (working, event) => {
        working.status = 'trial';
        working.history.push({ status: 'trial', at: event.at, actor: event.actor });
      },
    },
  },
  adopt: {
    from: ['trial'],
    to: 'in-routine-use',
    who: STAFF_OR_SYSTEM,
    summary: 'adopt into routine use',
    decide: (improvement, _command, context) =>
      record(improvement, context, { type: 'improvement.adopted' }),
    evolve: {
      'improvement.adopted': (working, event) => {
        working.status = 'in-routine-use';
        working.history.push({ status: 'in-routine-use', at: event.at, actor: event.actor });
      },
    },
  },
  drop: {
    from: ['idea', 'trial', 'in-routine-use'],
    to: 'dropped',
    who: STAFF_OR_SYSTEM,
    summary: 'drop',
    decide: (improvement, command, context) =>
      record(improvement, context, { type: 'improvement.dropped', reason: command.reason }),
    evolve: {
      'improvement.dropped': (working, event) => {
        working.status = 'dropped';
        working.history.push({
          status: 'dropped',
          at: event.at,
          actor: event.actor,
          reason: event.reason,
        });
      },
    },
  },
} satisfies CommandGroup<ImprovementTypes>;
