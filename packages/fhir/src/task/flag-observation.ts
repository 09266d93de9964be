import type { Assessment, RaisedFlag } from '@livewell/core';
import type { Observation } from '@medplum/fhirtypes';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { ukCoreMeta } from '../shared/profiles.js';
import { codeSystem } from '../shared/systems.js';

/** The livewell code system of assessment flag codes (`phq9-item9-positive`, …). */
export const ASSESSMENT_FLAG_SYSTEM = codeSystem('assessment-flag');

/** The livewell id of the Observation that records one flag of one assessment. */
export const flagObservationId = (assessmentId: string, flagCode: string): string =>
  `${assessmentId}.flag.${flagCode}`;

/**
 * One raised flag as a FHIR `Observation` (code: the flag code in the livewell flag system,
 * value: its message, derived from the assessment's QuestionnaireResponse). A worklist Task's
 * `reasonReference` points here.
 */
export function toFhirFlagObservation(assessment: Assessment, flag: RaisedFlag): Observation {
  const id = flagObservationId(assessment.id, flag.code);
  return {
    resourceType: 'Observation',
    meta: ukCoreMeta('Observation'),
    id: fhirId(id),
    identifier: [livewellIdentifier('assessment-flag', id)],
    status: 'final',
    code: { coding: [{ system: ASSESSMENT_FLAG_SYSTEM, code: flag.code }], text: flag.message },
    subject: referenceTo('Patient', 'person', assessment.personId),
    effectiveDateTime: assessment.completedAt,
    valueString: flag.message,
    interpretation: [{ text: flag.severity }],
    derivedFrom: [referenceTo('QuestionnaireResponse', 'assessment', assessment.id)],
  };
}
