// The activation area of the domain vocabulary: instrument definitions, assessments and
// results from licensed external scorers.
import { AssessmentSchema } from './assessment.js';
import { InstrumentDefinitionSchema } from './instrument-definition.js';
import { LicensedResultSchema } from './licensed-result.js';
import { AssessmentSubjectSchema } from './subject.js';
import { PracticeAssessmentSchema, PractitionerAssessmentSchema } from './subject-assessment.js';

export type { AnyAssessment } from './any-assessment.js';
export { subjectOf } from './any-assessment.js';
export type {
  AdministrationMode,
  Assessment,
  AssessmentProvenance,
  AssessmentScores,
  ItemResponse,
  ScoredAssessment,
  UnscorableAssessment,
  UnscorableCode,
  UnscoredReason,
} from './assessment.js';
export {
  AdministrationModeSchema,
  AssessmentProvenanceSchema,
  AssessmentSchema,
  AssessmentScoresSchema,
  ItemResponseSchema,
  isScoredAssessment,
  ScoredAssessmentSchema,
  UnscorableAssessmentSchema,
  UnscorableCodeSchema,
  UnscoredReasonSchema,
} from './assessment.js';
export type {
  InstrumentDefinition,
  InstrumentScoring,
  ScoreRange,
  ScoringRule,
  Subscale,
} from './instrument-definition.js';
export {
  InstrumentDefinitionSchema,
  InstrumentScoringSchema,
  ScoreRangeSchema,
  ScoringRuleSchema,
  SubscaleSchema,
} from './instrument-definition.js';
export type {
  Band,
  FlagRule,
  FlagSeverity,
  InstrumentId,
  InstrumentItem,
  InstrumentLicence,
  ItemId,
  MissingDataRule,
  RaisedFlag,
  ResponseOption,
  ResponseScale,
  SourceCitation,
} from './instrument-parts.js';
export {
  BandSchema,
  FlagRuleSchema,
  FlagSeveritySchema,
  InstrumentIdSchema,
  InstrumentItemSchema,
  InstrumentLabelSchema,
  InstrumentLicenceSchema,
  ItemIdSchema,
  MissingDataRuleSchema,
  RaisedFlagSchema,
  ResponseOptionSchema,
  ResponseScaleSchema,
  SourceCitationSchema,
} from './instrument-parts.js';
export {
  instrumentSubjectKinds,
  subjectKindOfInstrument,
} from './instrument-subjects.js';
export type {
  ActivationLevel,
  ActivationScore,
  InstrumentRef,
  LicensedResult,
  ScorerRef,
} from './licensed-result.js';
export {
  ActivationLevelSchema,
  ActivationScoreSchema,
  InstrumentRefSchema,
  LicensedResultSchema,
  ScorerRefSchema,
} from './licensed-result.js';
export {
  parseAssessment,
  parseAssessmentSubject,
  parseInstrumentDefinition,
  parseLicensedResult,
  parsePracticeAssessment,
  parsePractitionerAssessment,
  parseScoredAssessment,
} from './parsers.js';
export { parsePersonAssessment } from './person-assessment.js';
export type {
  AssessmentSubject,
  AssessmentSubjectKind,
  PersonSubject,
  PracticeSubject,
  PractitionerSubject,
} from './subject.js';
export {
  AssessmentSubjectKindSchema,
  AssessmentSubjectSchema,
  PersonSubjectSchema,
  PracticeSubjectSchema,
  PractitionerSubjectSchema,
  subjectKey,
} from './subject.js';
export type {
  PracticeAssessment,
  PractitionerAssessment,
} from './subject-assessment.js';
export {
  PracticeAssessmentSchema,
  PractitionerAssessmentSchema,
} from './subject-assessment.js';

/** The activation area's top-level schemas, by name (for JSON Schema export and tests). */
export const activationSchemas = {
  InstrumentDefinition: InstrumentDefinitionSchema,
  Assessment: AssessmentSchema,
  LicensedResult: LicensedResultSchema,
  AssessmentSubject: AssessmentSubjectSchema,
  PractitionerAssessment: PractitionerAssessmentSchema,
  PracticeAssessment: PracticeAssessmentSchema,
} as const;
