import { type CarePlan, type IsoInstant, isTerminalCarePlanState } from '@livewell/core';
import { type OpenedTask, openTask } from '../open.js';
import type { WorklistPolicy } from '../policy.js';
import { taskIdFor } from '../task-id.js';
import { dueFrom, raiser } from './due.js';

/**
 * A routine task for each action plan flagged `needsRevision` (confidence below 7) with no
 * recorded reason for keeping it, on a plan that has not ended. Id
 * `task.action-plan-revision.<plan id>.<action plan id>`.
 */
export function actionPlanRevisionTasks(
  plan: CarePlan,
  policy: WorklistPolicy,
  now: IsoInstant,
): OpenedTask[] {
  if (isTerminalCarePlanState(plan.state)) return [];
  return plan.actionPlans
    .filter((actionPlan) => actionPlan.needsRevision && actionPlan.revisionReason === undefined)
    .map((actionPlan) =>
      openTask(
        {
          id: taskIdFor('action-plan-revision', plan.id, actionPlan.id),
          tenantId: plan.tenantId,
          personId: plan.personId,
          reason: {
            kind: 'action-plan-revision',
            carePlanId: plan.id,
            actionPlanId: actionPlan.id,
          },
          title: 'Action plan confidence below 7: revise it with the person',
          owner: policy.followUpOwner,
          priority: 'routine',
          dueAt: dueFrom(now, 'routine', policy),
        },
        now,
        raiser(policy),
      ),
    );
}
