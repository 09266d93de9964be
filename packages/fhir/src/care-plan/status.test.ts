import { carePlanStates, GoalAchievementSchema, GoalStatusSchema } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { fhirRequestStatuses } from '../shared/request-status.js';
import {
  activityStatus,
  carePlanStateFromFhir,
  fhirGoalLifecycleStatuses,
  GOAL_ACHIEVEMENT_SYSTEM,
  goalStatusFromFhir,
  toFhirCarePlanStatus,
  toFhirGoalAchievement,
  toFhirGoalLifecycleStatus,
} from './status.js';

describe('care plan and goal status mappings', () => {
  it('map every plan state to a RequestStatus code, as the domain brief §1.7 proposes', () => {
    const mapped = Object.fromEntries(carePlanStates.map((s) => [s, toFhirCarePlanStatus(s)]));
    for (const code of Object.values(mapped)) expect(fhirRequestStatuses).toContain(code);
    expect(mapped).toEqual({
      invited: 'draft',
      'information-gathering': 'draft',
      prepared: 'draft',
      'in-conversation': 'draft',
      active: 'active',
      paused: 'on-hold',
      'under-review': 'active',
      superseded: 'completed',
      withdrawn: 'revoked',
      'entered-in-error': 'entered-in-error',
    });
  });

  it('map every goal status to a Goal.lifecycleStatus code', () => {
    for (const status of GoalStatusSchema.options)
      expect(fhirGoalLifecycleStatuses).toContain(toFhirGoalLifecycleStatus(status));
    expect(toFhirGoalLifecycleStatus('agreed')).toBe('active');
    expect(toFhirGoalLifecycleStatus('dropped')).toBe('cancelled');
    expect(toFhirGoalLifecycleStatus('declined')).toBe('rejected');
  });

  it('code every achievement in the goal-achievement system with a display', () => {
    for (const achievement of GoalAchievementSchema.options) {
      const coding = toFhirGoalAchievement(achievement);
      expect(coding).toMatchObject({ system: GOAL_ACHIEVEMENT_SYSTEM, code: achievement });
      expect(coding.display).toBeTruthy();
    }
  });

  it('read every exported status back to a state with the same FHIR status', () => {
    for (const state of carePlanStates) {
      const back = carePlanStateFromFhir(toFhirCarePlanStatus(state));
      expect(back && toFhirCarePlanStatus(back)).toBe(toFhirCarePlanStatus(state));
    }
    for (const status of GoalStatusSchema.options) {
      expect(goalStatusFromFhir(toFhirGoalLifecycleStatus(status))).toBe(status);
    }
    expect(carePlanStateFromFhir('unknown')).toBeUndefined();
    expect(goalStatusFromFhir('planned')).toBeUndefined();
  });

  it('derive the activity status from the latest check-in', () => {
    const at = (h: number) => `2026-03-0${h}T09:00:00Z` as never;
    expect(activityStatus([])).toBe('not-started');
    expect(activityStatus([{ at: at(1), progress: 'some' } as never])).toBe('in-progress');
    expect(
      activityStatus([
        { at: at(2), progress: 'all' } as never,
        { at: at(1), progress: 'some' } as never,
      ]),
    ).toBe('completed');
  });
});
