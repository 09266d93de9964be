import type { CarePlan, Goal, PersonId } from '@livewell/core';
import type { Goal as FhirGoal, Reference } from '@medplum/fhirtypes';
import { actorReference } from '../shared/actor.js';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { detailsExtension } from '../shared/read.js';
import { codeSystem, FhirSystems } from '../shared/systems.js';
import { toFhirGoalTarget } from './goal-measure.js';
import { toFhirGoalLifecycleStatus } from './status.js';

/** The livewell code system for a goal's biopsychosocial domain (`Goal.category`). */
export const GOAL_DOMAIN_SYSTEM = codeSystem('goal-domain');

/**
 * A goal as a FHIR `Goal`: the person's own words in `description.text`, lifecycle and
 * achievement status, the biopsychosocial domain as category, the target date as
 * `target.dueDate` and who set it as `expressedBy`. A SMART goal's measure is a second target
 * (`measure`, `detailQuantity`, `dueDate`; see {@link toFhirGoalTarget}). Owner, the exact time
 * it was set and the measure's baseline travel in the livewell-details extension.
 */
export function toFhirGoal(goal: Goal, personId: PersonId): FhirGoal {
  const resource: FhirGoal = {
    resourceType: 'Goal',
    id: fhirId(goal.id),
    identifier: [livewellIdentifier('goal', goal.id)],
    lifecycleStatus: toFhirGoalLifecycleStatus(goal.status),
    category: [{ coding: [{ system: GOAL_DOMAIN_SYSTEM, code: goal.domain }] }],
    description: { text: goal.description },
    subject: referenceTo('Patient', 'person', personId),
    expressedBy: actorReference(goal.setBy),
    extension: detailsExtension({
      owner: goal.owner,
      setAt: goal.setAt,
      baseline: goal.measure?.baseline,
    }),
  };
  if (goal.achievement !== undefined) {
    resource.achievementStatus = {
      coding: [{ system: FhirSystems.goalAchievement, code: goal.achievement }],
    };
  }
  const targets = [
    ...(goal.targetDate === undefined ? [] : [{ dueDate: goal.targetDate }]),
    ...(goal.measure === undefined ? [] : [toFhirGoalTarget(goal.measure)]),
  ];
  if (targets.length > 0) resource.target = targets;
  if (goal.statusReason !== undefined) resource.statusReason = goal.statusReason;
  return resource;
}

/**
 * A reference from a plan version to one of its goals: literal (`Goal/<id>`) when the version
 * holds the goal, otherwise a logical reference by livewell identifier only (an action plan can
 * name a goal the version no longer holds; a literal reference would dangle in a Bundle).
 */
export function goalReference(plan: CarePlan, goalId: string): Reference<FhirGoal> {
  return plan.goals.some((g) => g.id === goalId)
    ? referenceTo('Goal', 'goal', goalId)
    : { identifier: livewellIdentifier('goal', goalId) };
}
