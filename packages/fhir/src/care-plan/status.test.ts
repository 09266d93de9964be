import { toFhirCarePlanStatus, toFhirGoalLifecycleStatus } from '@livewell/care-plan';
import { carePlanStates, GoalStatusSchema } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import {
  carePlanStateFromFhir,
  fhirCarePlanStatus,
  fhirGoalStatus,
  goalStatusFromFhir,
} from './status.js';

describe('care plan and goal status mappings', () => {
  it('agree with @livewell/care-plan for every plan state', () => {
    for (const state of carePlanStates) {
      expect(fhirCarePlanStatus(state)).toBe(toFhirCarePlanStatus(state));
    }
  });

  it('agree with @livewell/care-plan for every goal status', () => {
    for (const status of GoalStatusSchema.options) {
      expect(fhirGoalStatus(status)).toBe(toFhirGoalLifecycleStatus(status));
    }
  });

  it('read every exported status back to a state with the same FHIR status', () => {
    for (const state of carePlanStates) {
      const back = carePlanStateFromFhir(fhirCarePlanStatus(state));
      expect(back && fhirCarePlanStatus(back)).toBe(fhirCarePlanStatus(state));
    }
    for (const status of GoalStatusSchema.options) {
      expect(goalStatusFromFhir(fhirGoalStatus(status))).toBe(status);
    }
    expect(carePlanStateFromFhir('unknown')).toBeUndefined();
    expect(goalStatusFromFhir('planned')).toBeUndefined();
  });
});
