import {
  type Actor,
  GoalAchievementSchema,
  GoalDomainSchema,
  GoalOwnerSchema,
} from '@livewell/core';
import { readActor } from '../shared/actor.js';
import { compact } from '../shared/compact.js';
import { importIssue } from '../shared/import-error.js';
import {
  checkExtensions,
  type IssueList,
  readDetails,
  readRecordId,
  readReferenceId,
} from '../shared/read.js';
import { FhirSystems, LivewellExtensions } from '../shared/systems.js';
import { GOAL_DOMAIN_SYSTEM } from './goal.js';
import type { FhirGoalIn } from './input.js';
import { readGoalTargets } from './read-goal-measure.js';
import { goalStatusFromFhir } from './status.js';

const defaultOwner = (actor: Actor | undefined) =>
  actor?.kind === 'person' || actor?.kind === 'carer'
    ? 'person'
    : actor?.kind === 'practitioner'
      ? 'care-team'
      : 'shared';

/**
 * Reads a FHIR Goal back into a livewell goal candidate (checked later by the core parser).
 * Goals from other systems get an owner from who expressed them and `setAt` = `fallbackSetAt`.
 */
export function readGoal(
  goal: FhirGoalIn,
  personId: string,
  fallbackSetAt: string,
  path: string,
  issues: IssueList,
): Record<string, unknown> {
  checkExtensions(goal.extension, [LivewellExtensions.details], path, issues);
  const details = readDetails(goal.extension, path, issues);
  const status = goalStatusFromFhir(goal.lifecycleStatus);
  if (!status) {
    issues.push(
      importIssue(
        'unsupported-code',
        `${path}.lifecycleStatus`,
        `'${goal.lifecycleStatus}' has no livewell goal status`,
      ),
    );
  }
  let achievement: string | undefined;
  if (goal.achievementStatus) {
    const code = goal.achievementStatus.coding?.find(
      (c) => c.system === FhirSystems.goalAchievement,
    )?.code;
    if (!GoalAchievementSchema.safeParse(code).success) {
      issues.push(
        importIssue(
          'unsupported-code',
          `${path}.achievementStatus`,
          'expected a goal-achievement code',
        ),
      );
    }
    achievement = code;
  }
  const domain = goal.category?.[0]?.coding?.find((c) => c.system === GOAL_DOMAIN_SYSTEM)?.code;
  if (!GoalDomainSchema.safeParse(domain).success) {
    issues.push(
      importIssue(
        domain ? 'unsupported-code' : 'missing-element',
        `${path}.category`,
        'expected a livewell goal domain',
      ),
    );
  }
  const description = goal.description.text;
  if (goal.description.coding) {
    issues.push(
      importIssue(
        'unrepresentable',
        `${path}.description.coding`,
        'livewell keeps the goal in words only',
      ),
    );
  }
  if ((goal.achievementStatus?.coding?.length ?? 0) > 1) {
    issues.push(
      importIssue(
        'unrepresentable',
        `${path}.achievementStatus`,
        'livewell keeps one achievement code',
      ),
    );
  }
  if (!description)
    issues.push(
      importIssue('missing-element', `${path}.description.text`, 'goal has no description'),
    );
  if (readReferenceId(goal.subject, 'Patient', 'person', `${path}.subject`, issues) !== personId) {
    issues.push(importIssue('broken-reference', `${path}.subject`, 'goal is about another person'));
  }
  const setBy = goal.expressedBy
    ? readActor(goal.expressedBy, `${path}.expressedBy`, issues)
    : undefined;
  if (!goal.expressedBy)
    issues.push(
      importIssue('missing-element', `${path}.expressedBy`, 'who set the goal is required'),
    );
  const owner = GoalOwnerSchema.safeParse(details.owner);
  const { targetDate, measure } = readGoalTargets(goal, details, path, issues);
  return compact({
    id: readRecordId(goal, 'goal', path, issues),
    description,
    domain,
    owner: owner.success ? owner.data : defaultOwner(setBy),
    status,
    achievement,
    statusReason: goal.statusReason,
    targetDate,
    measure,
    setAt: typeof details.setAt === 'string' ? details.setAt : fallbackSetAt,
    setBy,
  });
}
