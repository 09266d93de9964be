import type { GoalMeasure } from '@livewell/core';
import type { CodeableConcept, GoalTarget } from '@medplum/fhirtypes';
import { scoreSystem } from '../assessment/codes.js';
import { codeSystem } from '../shared/systems.js';

/** The livewell code system of the instruments' scores, before the instrument id. */
const SCORE_SYSTEM_PREFIX = codeSystem('instrument-score/');

/**
 * What a SMART goal measures, as a CodeableConcept: the words (`text` = what) and, when the
 * measure is an assessment instrument's total score, the instrument's livewell score code
 * (`…/CodeSystem/instrument-score/<instrument>#total`, as on the assessment's total Observation).
 */
export function goalMeasureConcept(
  measure: Pick<GoalMeasure, 'what' | 'instrumentId'>,
): CodeableConcept {
  return measure.instrumentId === undefined
    ? { text: measure.what }
    : {
        coding: [
          {
            system: scoreSystem(measure.instrumentId),
            code: 'total',
            display: `${measure.instrumentId} total score`,
          },
        ],
        text: measure.what,
      };
}

/** The instrument a measure concept names (its livewell total-score coding), if any. */
export function instrumentOfConcept(
  concept:
    | {
        readonly coding?:
          | readonly { readonly system?: string | undefined; readonly code?: string | undefined }[]
          | undefined;
      }
    | undefined,
): string | undefined {
  const coding = concept?.coding?.find(
    (c) => c.system?.startsWith(SCORE_SYSTEM_PREFIX) && c.code === 'total',
  );
  return coding?.system?.slice(SCORE_SYSTEM_PREFIX.length) || undefined;
}

/**
 * A SMART goal's measure as a `Goal.target`: `measure` (what, and the instrument when it is a
 * score), `detailQuantity` (the target value in the goal's unit, as free text: livewell's units
 * are the person's words, not UCUM codes) and `dueDate` (by when). The baseline has no R4
 * element and travels in the Goal's livewell-details extension.
 */
export function toFhirGoalTarget(measure: GoalMeasure): GoalTarget {
  const target: GoalTarget = {
    measure: goalMeasureConcept(measure),
    detailQuantity: { value: measure.target, unit: measure.unit },
  };
  if (measure.byDate !== undefined) target.dueDate = measure.byDate;
  return target;
}
