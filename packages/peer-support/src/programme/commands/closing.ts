import { type CommandGroup, err, instantToMs } from '@livewell/core';
import { meetsCompletionRule } from '../completion.js';
import { programmeEnd } from '../roster.js';
import { enter, record, rejection, SERVICE } from '../rules.js';
import type { EnrolmentContext, ProgrammeTypes, Rejection } from '../types.js';

/** Refuses closing before the last session has ended. */
function notFinished(context: EnrolmentContext): Rejection | undefined {
  const end = programmeEnd(context.programme);
  if (instantToMs(context.now) >= instantToMs(end)) return undefined;
  return rejection('programme-not-finished', 'The last session has not ended yet.', { end });
}

/** Closing an enrolled person's place after the last session, by the completion rule. */
export const closing = {
  complete: {
    from: ['enrolled'],
    to: 'completed',
    who: SERVICE,
    summary: 'complete (rule met)',
    decide: (enrolment, _command, context) => {
      const early = notFinished(context);
      if (early !== undefined) return err(early);
      if (!meetsCompletionRule(context.programme, enrolment.attendance)) {
        return err(
          rejection('completion-rule-not-met', 'The attendance does not meet the completion rule.'),
        );
      }
      return record(enrolment, context, { type: 'enrolment.completed' });
    },
    evolve: {
      'enrolment.completed': (working, event) => {
        enter(working, event, 'completed');
      },
    },
  },
  'mark-not-completed': {
    from: ['enrolled'],
    to: 'not-completed',
    who: SERVICE,
    summary: 'mark not completed (rule not met)',
    decide: (enrolment, _command, context) => {
      const early = notFinished(context);
      if (early !== undefined) return err(early);
      if (meetsCompletionRule(context.programme, enrolment.attendance)) {
        return err(
          rejection(
            'completion-rule-met',
            'The attendance meets the completion rule: complete it.',
          ),
        );
      }
      return record(enrolment, context, { type: 'enrolment.not-completed' });
    },
    evolve: {
      'enrolment.not-completed': (working, event) => {
        enter(working, event, 'not-completed');
      },
    },
  },
} satisfies CommandGroup<ProgrammeTypes>;
