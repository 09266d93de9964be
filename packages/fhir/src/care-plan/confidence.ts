import type { ActionPlan, CarePlan } from '@livewell/core';
import type { Observation } from '@medplum/fhirtypes';
import { actorReference } from '../shared/actor.js';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { ukCoreMeta } from '../shared/profiles.js';
import { codeSystem, FhirSystems } from '../shared/systems.js';
import { goalReference } from './goal.js';

/** The livewell code system for observations livewell defines (no national code exists). */
export const LIVEWELL_OBSERVATION_SYSTEM = codeSystem('observation');

/** The code of a 0–10 confidence rating for an action plan. */
export const CONFIDENCE_CODE = {
  system: LIVEWELL_OBSERVATION_SYSTEM,
  code: 'action-plan-confidence',
  display: 'Confidence in carrying out the action plan (0 to 10)',
} as const;

/**
 * An action plan's 0–10 confidence as an `Observation` (category survey), tied to the plan by
 * `basedOn` and to the goal by the core `resource-pertainsToGoal` extension. None when the
 * confidence was not rated. The id names the plan version too (`<plan>.<action>.confidence`):
 * an action plan kept across versions has one Observation per version, so writing the new
 * version never overwrites the superseded version's rating.
 */
export function toFhirConfidence(plan: CarePlan, action: ActionPlan): Observation | undefined {
  if (action.confidence === undefined) return undefined;
  const observation: Observation = {
    resourceType: 'Observation',
    meta: ukCoreMeta('Observation'),
    id: fhirId(`${plan.id}.${action.id}.confidence`),
    identifier: [livewellIdentifier('action-plan-confidence', action.id)],
    status: 'final',
    category: [
      { coding: [{ system: FhirSystems.observationCategory, code: 'survey', display: 'Survey' }] },
    ],
    code: { coding: [{ ...CONFIDENCE_CODE }], text: CONFIDENCE_CODE.display },
    subject: referenceTo('Patient', 'person', plan.personId),
    basedOn: [referenceTo('CarePlan', 'care-plan', plan.id)],
    effectiveDateTime: action.draftedAt,
    valueInteger: action.confidence,
  };
  if (action.owner) observation.performer = [actorReference(action.owner)];
  if (action.goalId) {
    observation.extension = [
      {
        url: FhirSystems.pertainsToGoal,
        valueReference: goalReference(plan, action.goalId),
      },
    ];
  }
  return observation;
}
