import type { Assessment, IsoInstant, RaisedFlag } from '@livewell/core';
import { type OpenedTask, openTask } from '../open.js';
import type { WorklistPolicy } from '../policy.js';
import { taskIdFor } from '../task-id.js';
import { dueFrom, raiser, titleOf } from './due.js';

/** Options for {@link tasksFromAssessment}. */
export interface FromAssessmentOptions {
  /** When the tasks are raised (default: the assessment's `completedAt`). */
  readonly now?: IsoInstant;
}

const taskFor = (
  assessment: Assessment,
  flag: RaisedFlag,
  policy: WorklistPolicy,
  at: IsoInstant,
): OpenedTask => {
  const urgent = flag.severity === 'urgent';
  const priority = urgent ? 'urgent' : 'high';
  return openTask(
    {
      id: taskIdFor(assessment.id, flag.code),
      tenantId: assessment.tenantId,
      personId: assessment.personId,
      reason: {
        kind: 'assessment-flag',
        assessmentId: assessment.id,
        flagCode: flag.code,
        ...(flag.itemId === undefined ? {} : { itemId: flag.itemId }),
      },
      title: titleOf(`${assessment.instrument.id}: ${flag.message}`),
      owner: urgent ? policy.urgentOwner : policy.reviewOwner,
      priority,
      dueAt: dueFrom(at, priority, policy),
    },
    at,
    raiser(policy),
  );
};

/**
 * The tasks an assessment raises, scored or unscorable: every `urgent` flag opens an urgent task
 * (owner `policy.urgentOwner`), every `review` flag (such as PHQ-9 item 9 left unanswered) a
 * high-priority review task (owner `policy.reviewOwner`); `info` flags raise none. Task ids are
 * `task.<assessment id>.<flag code>`, so recording the same assessment twice cannot open a
 * second task.
 *
 * @example
 * const opened = tasksFromAssessment(assessment, defaultWorklistPolicy);
 * // [{ task: { priority: 'urgent', status: 'open', … }, events: [taskOpened] }]
 */
export function tasksFromAssessment(
  assessment: Assessment,
  policy: WorklistPolicy,
  options: FromAssessmentOptions = {},
): OpenedTask[] {
  const at = options.now ?? assessment.completedAt;
  const seen = new Set<string>();
  const tasks: OpenedTask[] = [];
  for (const flag of assessment.flags) {
    if (flag.severity === 'info' || seen.has(flag.code)) continue;
    seen.add(flag.code);
    tasks.push(taskFor(assessment, flag, policy, at));
  }
  return tasks;
}
