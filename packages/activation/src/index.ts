/**
 * @livewell/activation — scores questionnaires (open instruments shipped with full scoring,
 * licensed ones bridged to an external scorer), tailors support to activation level, judges
 * change, and builds cohort reports. The reusable law suite is at `@livewell/activation/laws`.
 *
 * @packageDocumentation
 */

export type { UnscorableCode } from '@livewell/core';
export type {
  PracticeAssessmentContext,
  PracticeAssessmentError,
} from './assessment/assess-practice.js';
export { assessPractice } from './assessment/assess-practice.js';
export type { AssessmentContext } from './assessment/from-scored.js';
export {
  assessmentFromScored,
  assessmentFromScoring,
  ENGINE_NAME,
} from './assessment/from-scored.js';
export type { ScoredPoint } from './change/change-between.js';
export type { ChangeRule } from './change/change-rules.js';
export {
  changeRules,
  gad7ChangeRule,
  pamChangeRule,
  phq9ChangeRule,
  practiceReadinessChangeRule,
} from './change/change-rules.js';
export type { AssessmentChange, ChangeClass, CompareError } from './change/compare-assessments.js';
export { compareAssessments } from './change/compare-assessments.js';
export type { SubjectCompareError } from './change/compare-subject-assessments.js';
export { compareSubjectAssessments } from './change/compare-subject-assessments.js';
export { wholeMonthsBetween, withinMonths } from './change/months.js';
export type { SubjectTrend, TrendPoint } from './change/trend.js';
export { subjectTrends } from './change/trend.js';
export type {
  CohortError,
  CohortOptions,
  CohortReport,
  PriorityEntry,
} from './cohort/cohort-report.js';
export { cohortReport } from './cohort/cohort-report.js';
export { latestLevelledPerPerson } from './cohort/latest.js';
export type { RateRatio, Spread } from './cohort/stats.js';
export { poissonRateRatio, spreadOf } from './cohort/stats.js';
export type {
  LevelRate,
  OutcomeRates,
  ServiceUse,
  UseOutcome,
  UtilisationError,
  UtilisationReport,
} from './cohort/utilisation.js';
export { utilisationByLevel } from './cohort/utilisation.js';
export type { CompiledInstrument } from './engine/compile.js';
export { compileChecked, compileInstrument } from './engine/compile.js';
export { defineInstrument } from './engine/define-instrument.js';
export type {
  DefinitionProblem,
  DefinitionProblemCode,
  InstrumentDefinitionError,
  InvalidDefinition,
} from './engine/definition-error.js';
export { flagsOf, urgentFlags } from './engine/flags-of.js';
export { referenceScore } from './engine/reference.js';
export { roundTo, sameScore, stepOf } from './engine/rounding.js';
export { type CheckedInstrument, compiledFor, invalidDefinition, score } from './engine/score.js';
export type { ResponseSet, Responses, Scored, SubscaleScore, Unscorable } from './engine/types.js';
export { gad2 } from './instruments/gad2.js';
export { gad7, gadItems } from './instruments/gad7.js';
export type { ItemTextError } from './instruments/item-text.js';
export { resolveCircledAnswers, withItemText } from './instruments/item-text.js';
export { ons4, ons4AnxietyBands, ons4Band, ons4ItemIds } from './instruments/ons4.js';
export { pacic } from './instruments/pacic.js';
export { frequencyScale, phqLicence, phqSources } from './instruments/phq-common.js';
export { phq2 } from './instruments/phq2.js';
export { PHQ9_ITEM9_FLAG, PHQ9_ITEM9_UNANSWERED_FLAG, phq9, phqItems } from './instruments/phq9.js';
export {
  practiceReadiness,
  practiceReadinessDomains,
} from './instruments/practice-readiness.js';
export type { ReadinessDomainReport, ReadinessReport } from './instruments/readiness-report.js';
export { readinessReport } from './instruments/readiness-report.js';
export { semcd6 } from './instruments/semcd6.js';
export { shippedInstruments } from './instruments/shipped.js';
export {
  READINESS_CRACKED,
  readinessDomains,
  yocPracticeChecklist,
} from './instruments/yoc-checklist.js';
export type { LicensedResultError } from './licensed/check-licensed-result.js';
export { checkLicensedResult } from './licensed/check-licensed-result.js';
export type { PamCutPointSet, PamCutPointSetId } from './licensed/cut-points.js';
export { levelUnderCutPoints, pamCutPointSets } from './licensed/cut-points.js';
export type { LicensedInstrumentDescriptor } from './licensed/descriptors.js';
export { csPam, licensedInstruments, pam10, pam13, swemwbs } from './licensed/descriptors.js';
export type {
  ExternalScorer,
  ExternalScorerError,
  ExternalScoringRequest,
} from './licensed/external-scorer.js';
export type {
  LevelDisagreement,
  LicensedResultContext,
  RecordedLicensedResult,
} from './licensed/record-licensed-result.js';
export { recordLicensedResult } from './licensed/record-licensed-result.js';
export type { PractitionerResultContext } from './licensed/record-practitioner-result.js';
export { recordPractitionerResult } from './licensed/record-practitioner-result.js';
export { scoreExternally } from './licensed/score-externally.js';
export type { Interval } from './practice-report/interval.js';
export { meanInterval, proportionInterval } from './practice-report/interval.js';
export type {
  ActivationGroup,
  PracticeReport,
  PracticeReportInput,
  PractitionerDevelopmentRow,
} from './practice-report/practice-report.js';
export {
  PRACTICE_REPORT_CAVEATS,
  practiceReport,
} from './practice-report/practice-report.js';
export { chunkContent, chunkWords } from './tailoring/chunk-content.js';
export type { LevelGuidance } from './tailoring/level-guidance.js';
export { levelGuidance } from './tailoring/level-guidance.js';
export type { SmallerStep, StepChange } from './tailoring/smaller-step.js';
export {
  DEFAULT_STEP_FACTOR,
  stepFactorByLevel,
  suggestSmallerStep,
} from './tailoring/smaller-step.js';
export type {
  InformationStyle,
  SupportOffer,
  SupportOfferItem,
  SupportOfferKind,
} from './tailoring/support-offer.js';
export type { TailoringContext } from './tailoring/tailor-support.js';
export { tailorSupport } from './tailoring/tailor-support.js';
