import { makeParser } from '../parse.js';
import { AssessmentSchema, ScoredAssessmentSchema } from './assessment.js';
import { InstrumentDefinitionSchema } from './instrument-definition.js';
import { LicensedResultSchema } from './licensed-result.js';
import { AssessmentSubjectSchema } from './subject.js';
import { PracticeAssessmentSchema, PractitionerAssessmentSchema } from './subject-assessment.js';

/** Parses untrusted input as an {@link InstrumentDefinition} (shape only; see `defineInstrument`). */
export const parseInstrumentDefinition = makeParser(
  'InstrumentDefinition',
  InstrumentDefinitionSchema,
);
/** Parses untrusted input as an {@link Assessment}. */
export const parseAssessment = makeParser('Assessment', AssessmentSchema);
/** Parses untrusted input as a {@link ScoredAssessment} (an assessment that carries scores). */
export const parseScoredAssessment = makeParser('ScoredAssessment', ScoredAssessmentSchema);
/** Parses untrusted input as a {@link LicensedResult}. */
export const parseLicensedResult = makeParser('LicensedResult', LicensedResultSchema);

/** Parses untrusted input as a {@link PractitionerAssessment} (e.g. a CS-PAM result). */
export const parsePractitionerAssessment = makeParser(
  'PractitionerAssessment',
  PractitionerAssessmentSchema,
);
/** Parses untrusted input as a {@link PracticeAssessment} (e.g. a readiness checklist). */
export const parsePracticeAssessment = makeParser('PracticeAssessment', PracticeAssessmentSchema);
/** Parses untrusted input as an {@link AssessmentSubject}. */
export const parseAssessmentSubject = makeParser('AssessmentSubject', AssessmentSubjectSchema);
