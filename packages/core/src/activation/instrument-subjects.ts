import type { AssessmentSubjectKind } from './subject.js';

/**
 * The instruments livewell knows to be about someone other than a patient, by instrument id:
 * CS-PAM is about a practitioner; the readiness checklists are about a practice. Any other
 * instrument is about a person.
 */
export const instrumentSubjectKinds: Readonly<Record<string, AssessmentSubjectKind>> = {
  'cs-pam': 'practitioner',
  'yoc-practice-checklist': 'practice',
  'livewell-practice-readiness': 'practice',
};

/** Whom an instrument assesses: `practitioner`, `practice`, or `person` for any other id. */
export const subjectKindOfInstrument = (instrumentId: string): AssessmentSubjectKind =>
  Object.hasOwn(instrumentSubjectKinds, instrumentId)
    ? (instrumentSubjectKinds[instrumentId] ?? 'person')
    : 'person';
