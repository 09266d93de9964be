import fc from 'fast-check';
import type {
  AssessmentSubject,
  PracticeAssessment,
  PractitionerAssessment,
  ScoredAssessment,
} from '../activation/index.js';
import { assessmentArb } from './activation.js';
import { personIdArb, practitionerIdArb, recordIdArb } from './shared.js';

/** Any assessment subject: a person, a practitioner or a practice. */
export const assessmentSubjectArb: fc.Arbitrary<AssessmentSubject> = fc.oneof(
  personIdArb.map((personId) => ({ kind: 'person' as const, personId })),
  practitionerIdArb.map((practitionerId) => ({ kind: 'practitioner' as const, practitionerId })),
  recordIdArb.map((practiceId) => ({ kind: 'practice' as const, practiceId })),
);

/** The fields a subject assessment shares with a person's scored assessment. */
const shared = (a: ScoredAssessment) => ({
  schemaVersion: a.schemaVersion,
  id: a.id,
  tenantId: a.tenantId,
  completedAt: a.completedAt,
  responses: a.responses,
  scores: a.scores,
  provenance: a.provenance,
  ...(a.band === undefined ? {} : { band: a.band }),
  ...(a.mode === undefined ? {} : { mode: a.mode }),
  ...(a.recordedBy === undefined ? {} : { recordedBy: a.recordedBy }),
});

/** A practitioner's assessment (a CS-PAM result). */
export const practitionerAssessmentArb: fc.Arbitrary<PractitionerAssessment> = fc
  .tuple(assessmentArb, practitionerIdArb)
  .map(([a, practitionerId]) => ({
    ...shared(a),
    subject: { kind: 'practitioner' as const, practitionerId },
    instrument: { id: 'cs-pam', version: a.instrument.version },
  }));

/** A practice's assessment (a readiness checklist). */
export const practiceAssessmentArb: fc.Arbitrary<PracticeAssessment> = fc
  .tuple(
    assessmentArb,
    recordIdArb,
    fc.constantFrom('yoc-practice-checklist', 'livewell-practice-readiness'),
  )
  .map(([a, practiceId, id]) => ({
    ...shared(a),
    subject: { kind: 'practice' as const, practiceId },
    instrument: { id, version: a.instrument.version },
  }));

/** The subject schemas' arbitraries, by catalogue name. */
export const subjectArbitraries: Record<string, fc.Arbitrary<unknown>> = {
  AssessmentSubject: assessmentSubjectArb,
  PractitionerAssessment: practitionerAssessmentArb,
  PracticeAssessment: practiceAssessmentArb,
};
