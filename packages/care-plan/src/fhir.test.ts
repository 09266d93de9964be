import { carePlanStates, GoalAchievementSchema, GoalStatusSchema } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import {
  GOAL_ACHIEVEMENT_SYSTEM,
  toFhirCarePlanStatus,
  toFhirGoalAchievement,
  toFhirGoalLifecycleStatus,
} from './fhir.js';

const requestStatus = [
  'draft',
  'active',
  'on-hold',
  'revoked',
  'completed',
  'entered-in-error',
  'unknown',
];
const goalLifecycle = [
  'proposed',
  'planned',
  'accepted',
  'active',
  'on-hold',
  'completed',
  'cancelled',
  'entered-in-error',
  'rejected',
];

describe('FHIR status mapping', () => {
  it('maps every plan state to a RequestStatus code', () => {
    const mapped = Object.fromEntries(carePlanStates.map((s) => [s, toFhirCarePlanStatus(s)]));
    for (const code of Object.values(mapped)) expect(requestStatus).toContain(code);
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

  it('maps every goal status to a Goal.lifecycleStatus code', () => {
    for (const status of GoalStatusSchema.options) {
      expect(goalLifecycle).toContain(toFhirGoalLifecycleStatus(status));
    }
    expect(toFhirGoalLifecycleStatus('agreed')).toBe('active');
    expect(toFhirGoalLifecycleStatus('dropped')).toBe('cancelled');
    expect(toFhirGoalLifecycleStatus('declined')).toBe('rejected');
  });

  it('maps every achievement to a goal-achievement coding', () => {
    for (const achievement of GoalAchievementSchema.options) {
      const coding = toFhirGoalAchievement(achievement);
      expect(coding.system).toBe(GOAL_ACHIEVEMENT_SYSTEM);
      expect(coding.code).toBe(achievement);
      expect(coding.display?.length).toBeGreaterThan(0);
    }
  });
});
