import type {
  InstrumentDefinition,
  PracticeAssessment,
  PractitionerAssessment,
} from '@livewell/core';
import type {
  Organization,
  Practitioner,
  QuestionnaireResponse,
  Reference,
} from '@medplum/fhirtypes';
import { actorReference } from '../shared/actor.js';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { detailsExtension } from '../shared/read.js';
import { LivewellExtensions } from '../shared/systems.js';
import { questionnaireCanonical } from './codes.js';
import { type AssessmentResources, answerItem, scoreObservations } from './export-assessment.js';

/** The Practitioner or Organization an assessment about a practitioner or a practice is about. */
export function assessmentSubjectReference(
  a: PractitionerAssessment | PracticeAssessment,
): Reference<Practitioner | Organization> {
  return a.subject.kind === 'practitioner'
    ? referenceTo('Practitioner', 'practitioner', a.subject.practitionerId)
    : referenceTo('Organization', 'organisation', a.subject.practiceId);
}

/**
 * An assessment about a practitioner (CS-PAM) or a practice (a readiness checklist) as FHIR R4:
 * a completed `QuestionnaireResponse` whose `subject` is the Practitioner or the Organization
 * (R4 allows any resource there), and score `Observation`s whose `focus` is that resource —
 * R4 `Observation.subject` can only be a Patient, Group, Device or Location, so these
 * Observations have no subject and declare no UK Core profile (which wants one). Nothing in
 * them names a patient.
 *
 * @example
 * const { questionnaireResponse, observations } = toFhirSubjectAssessment(readiness, checklist);
 */
export function toFhirSubjectAssessment(
  a: PractitionerAssessment | PracticeAssessment,
  definition?: InstrumentDefinition,
): AssessmentResources {
  const subject = assessmentSubjectReference(a);
  const qr: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: fhirId(a.id),
    identifier: livewellIdentifier('assessment', a.id),
    extension: [
      { url: LivewellExtensions.tenant, valueString: a.tenantId },
      ...detailsExtension({ provenance: a.provenance, mode: a.mode }),
    ],
    questionnaire: questionnaireCanonical(a.instrument.id, a.instrument.version),
    status: 'completed',
    subject,
    authored: a.completedAt,
  };
  if (a.recordedBy) qr.author = actorReference(a.recordedBy);
  if (a.responses.length > 0)
    qr.item = a.responses.map((r) => answerItem(r, a.instrument.id, definition));
  return { questionnaireResponse: qr, observations: scoreObservations(a, { focus: subject }) };
}
