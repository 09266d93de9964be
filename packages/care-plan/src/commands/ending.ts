import type { CommandGroup } from '@livewell/core';
import { accept } from '../decision.js';
import type { CarePlanTypes } from '../lifecycle-types.js';
import { clinicians, live, who } from '../who.js';

/** Ending a plan: withdrawn (the person declines or leaves), or void (entered in error). */
export const endingCommands = {
  withdraw: {
    from: live,
    to: 'withdrawn',
    who: who([...clinicians, 'receptionist'], { person: true, carer: true }),
    summary: 'withdraw',
    decide: (_plan, command) => accept({ type: 'plan-withdrawn', reason: command.reason }),
    evolve: {
      'plan-withdrawn': (draft, e) => {
        draft.state = 'withdrawn';
        draft.endReason = e.reason;
      },
    },
  },
  'mark-entered-in-error': {
    from: [...live, 'superseded', 'withdrawn'],
    to: 'entered-in-error',
    who: who([...clinicians, 'receptionist'], { system: true }),
    summary: 'entered in error',
    decide: (_plan, command) => accept({ type: 'marked-entered-in-error', reason: command.reason }),
    evolve: {
      'marked-entered-in-error': (draft, e) => {
        draft.state = 'entered-in-error';
        draft.endReason = e.reason;
      },
    },
  },
} satisfies CommandGroup<CarePlanTypes>;
