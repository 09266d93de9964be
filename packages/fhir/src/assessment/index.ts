export {
  bandSystem,
  canonicalVersion,
  pamLevelCode,
  questionnaireCanonical,
  questionnaireUrl,
  responseScaleSystem,
  scoreSystem,
  totalScoreCodes,
} from './codes.js';
export type { AssessmentResources, ScoredParts, ScoreSubject } from './export-assessment.js';
export {
  answerItem,
  SCORE_IDENTIFIER_KIND,
  scoreObservations,
  toFhirAssessment,
} from './export-assessment.js';
export type { AssessmentImport } from './import-assessment.js';
export { fromFhirAssessment } from './import-assessment.js';
export { toFhirQuestionnaire } from './questionnaire.js';
