import type { ActionPlan, CarePlan, CheckIn, GoalMeasure } from '@livewell/core';
import type { Observation } from '@medplum/fhirtypes';
import { actorReference } from '../shared/actor.js';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { ukCoreMeta } from '../shared/profiles.js';
import { FhirSystems } from '../shared/systems.js';
import { LIVEWELL_OBSERVATION_SYSTEM } from './confidence.js';
import { goalReference } from './goal.js';
import { goalMeasureConcept } from './goal-measure.js';

/** The code of a value measured at a check-in for a SMART goal (beside the measure's own codes). */
export const GOAL_MEASUREMENT_CODE = {
  system: LIVEWELL_OBSERVATION_SYSTEM,
  code: 'goal-measurement',
  display: 'Value measured for a goal at a check-in',
} as const;

/** The identifier kind of check-in measurement Observations (`<action plan id>#<check-in n>`). */
export const MEASUREMENT_IDENTIFIER_KIND = 'check-in-measurement';

/** The identifier value of the measurement of an action plan's `index`-th check-in (from 1). */
export const measurementIdentifierValue = (actionPlanId: string, index: number): string =>
  `${actionPlanId}#${index + 1}`;

/**
 * The value measured at one check-in as an `Observation`: coded with the goal's measure (what,
 * and the instrument's score code when it is a score) and livewell's `goal-measurement` code,
 * the value as a quantity in the goal's unit, when and by whom, `basedOn` the CarePlan,
 * `resource-pertainsToGoal` → the Goal, and `derivedFrom` the assessment it was read from (a
 * logical reference by livewell identifier, as the assessment need not be in the same export).
 * The id names the plan version, as for confidence (`<plan>.<action>.check-in-<n>`).
 */
export function toFhirMeasurement(
  plan: CarePlan,
  action: ActionPlan,
  checkIn: CheckIn,
  index: number,
): Observation | undefined {
  const { measurement } = checkIn;
  if (measurement === undefined) return undefined;
  const measure: GoalMeasure | undefined = plan.goals.find((g) => g.id === action.goalId)?.measure;
  const concept =
    measure === undefined ? { text: GOAL_MEASUREMENT_CODE.display } : goalMeasureConcept(measure);
  const o: Observation = {
    resourceType: 'Observation',
    meta: ukCoreMeta('Observation'),
    id: fhirId(`${plan.id}.${action.id}.check-in-${index + 1}`),
    identifier: [
      livewellIdentifier(MEASUREMENT_IDENTIFIER_KIND, measurementIdentifierValue(action.id, index)),
    ],
    status: 'final',
    category: [
      { coding: [{ system: FhirSystems.observationCategory, code: 'survey', display: 'Survey' }] },
    ],
    code: { ...concept, coding: [...(concept.coding ?? []), { ...GOAL_MEASUREMENT_CODE }] },
    subject: referenceTo('Patient', 'person', plan.personId),
    basedOn: [referenceTo('CarePlan', 'care-plan', plan.id)],
    effectiveDateTime: checkIn.at,
    performer: [actorReference(checkIn.by)],
    valueQuantity:
      measure === undefined
        ? { value: measurement.value }
        : { value: measurement.value, unit: measure.unit },
  };
  if (action.goalId) {
    o.extension = [
      { url: FhirSystems.pertainsToGoal, valueReference: goalReference(plan, action.goalId) },
    ];
  }
  if (measurement.assessmentId !== undefined) {
    o.derivedFrom = [{ identifier: livewellIdentifier('assessment', measurement.assessmentId) }];
  }
  return o;
}

/** Every check-in measurement of a plan version, in action-plan then check-in order. */
export function toFhirMeasurements(plan: CarePlan): Observation[] {
  return plan.actionPlans.flatMap((action) =>
    action.checkIns.flatMap((c, i) => toFhirMeasurement(plan, action, c, i) ?? []),
  );
}
