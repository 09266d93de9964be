import {
  type Assessment,
  err,
  type Goal,
  isScoredAssessment,
  type Measurement,
  ok,
  type Result,
} from '@livewell/core';
import { type Rejection, rejection } from './rejection.js';

/**
 * Reads a check-in measurement from an assessment, for a goal measured by an instrument's score
 * (a goal to lower a PHQ-9 score): the assessment's total, with its id. Refused with
 * `goal-not-measured` when the goal has no instrument measure, the assessment is of another
 * instrument, or it could not be scored.
 *
 * @example
 * const m = measurementFromAssessment(goal, phq9);
 * if (m.ok) transition(plan, { type: 'record-check-in', actionPlanId, progress: 'some', measurement: m.value }, ctx);
 */
export function measurementFromAssessment(
  goal: Goal,
  assessment: Assessment,
): Result<Measurement, Rejection> {
  const instrumentId = goal.measure?.instrumentId;
  if (instrumentId === undefined)
    return err(
      rejection('goal-not-measured', `Goal ${goal.id} is not measured by an instrument.`, {
        goalId: goal.id,
      }),
    );
  if (assessment.instrument.id !== instrumentId)
    return err(
      rejection(
        'goal-not-measured',
        `Goal ${goal.id} is measured by ${instrumentId}, not ${assessment.instrument.id}.`,
        { goalId: goal.id, instrumentId, assessmentInstrument: assessment.instrument.id },
      ),
    );
  if (!isScoredAssessment(assessment))
    return err(
      rejection('goal-not-measured', `Assessment ${assessment.id} has no score.`, {
        goalId: goal.id,
        assessmentId: assessment.id,
      }),
    );
  return ok({ value: assessment.scores.total, assessmentId: assessment.id });
}
