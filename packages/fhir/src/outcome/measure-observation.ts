import type { OutcomeMeasure, OutcomeReading, Referral } from '@livewell/core';
import type { Observation } from '@medplum/fhirtypes';
import { scoreSystem, totalScoreCodes } from '../assessment/codes.js';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { ukCoreMeta } from '../shared/profiles.js';
import { detailsExtension } from '../shared/read.js';
import { FhirSystems, LivewellExtensions } from '../shared/systems.js';
import { OUTCOME_MEASURE_KIND } from './codes.js';

/**
 * The livewell score code of an outcome measure, the same code an assessment's score
 * Observation carries: `total`, or `subscale-<id>` (`subscale-life-satisfaction` for ONS4).
 */
export const outcomeScoreCode = (score: string): string =>
  score === 'total' ? 'total' : `subscale-${score}`;

/** Which reading of an outcome measure: at the start or at the end of the support. */
export type OutcomeReadingWhen = 'start' | 'end';

/** The id of the Observation for one reading (`<referral id>.outcome.<n>.start`). */
export const outcomeObservationId = (
  referralId: string,
  index: number,
  when: OutcomeReadingWhen,
): string => `${referralId}.outcome.${index + 1}.${when}`;

/**
 * One reading of a referral's outcome measure (ONS4 life satisfaction at the start, say) as a
 * survey `Observation`: coded with the instrument's livewell score code (LOINC/SNOMED too for
 * a PHQ-9 or GAD-7 total), the value as a UCUM `{score}` quantity, `basedOn` the referral's
 * ServiceRequest, `derivedFrom` the assessment when it is known. Which way is better travels in
 * the livewell-details extension (FHIR has no element for it).
 */
export function toFhirOutcomeObservation(
  referral: Referral,
  measure: OutcomeMeasure,
  index: number,
  when: OutcomeReadingWhen,
): Observation {
  const reading: OutcomeReading = measure[when];
  const code = outcomeScoreCode(measure.score);
  const display = `${measure.instrumentId} ${measure.score === 'total' ? 'total' : `${measure.score} subscale`} score`;
  const national = code === 'total' ? (totalScoreCodes[measure.instrumentId] ?? []) : [];
  const id = outcomeObservationId(referral.id, index, when);
  const o: Observation = {
    resourceType: 'Observation',
    meta: ukCoreMeta('Observation'),
    id: fhirId(id),
    identifier: [livewellIdentifier(OUTCOME_MEASURE_KIND, `${referral.id}#${index + 1}.${when}`)],
    extension: [
      { url: LivewellExtensions.tenant, valueString: referral.tenantId },
      ...detailsExtension({ higherIs: measure.higherIs }),
    ],
    basedOn: [referenceTo('ServiceRequest', 'referral', referral.id)],
    status: 'final',
    category: [
      {
        coding: [{ system: FhirSystems.observationCategory, code: 'survey', display: 'Survey' }],
      },
    ],
    code: {
      coding: [...national, { system: scoreSystem(measure.instrumentId), code, display }],
      text: display,
    },
    subject: referenceTo('Patient', 'person', referral.personId),
    effectiveDateTime: reading.at,
    valueQuantity: {
      value: reading.value,
      unit: 'score',
      system: FhirSystems.ucum,
      code: '{score}',
    },
  };
  if (reading.assessmentId !== undefined) {
    o.derivedFrom = [referenceTo('QuestionnaireResponse', 'assessment', reading.assessmentId)];
  }
  return o;
}
