import type { Assessment } from './assessment.js';
import type { AssessmentSubject } from './subject.js';
import type { PracticeAssessment, PractitionerAssessment } from './subject-assessment.js';

/** An assessment about anyone livewell assesses: a person, a practitioner or a practice. */
export type AnyAssessment = Assessment | PractitionerAssessment | PracticeAssessment;

/** The subject of any assessment: a person's assessments name theirs by `personId`. */
export const subjectOf = (assessment: AnyAssessment): AssessmentSubject =>
  'subject' in assessment ? assessment.subject : { kind: 'person', personId: assessment.personId };
