export type { OutcomePart } from './codes.js';
export {
  OUTCOME_MEASURE_KIND,
  OUTCOME_PART_URL,
  OUTCOME_SUMMARY_CATEGORY,
  OUTCOME_SUMMARY_TEXT,
  outcomeCommunicationId,
  outcomeParts,
} from './codes.js';
export type {
  ReferralOutcomeExportError,
  ReferralOutcomeOptions,
  ReferralOutcomeResources,
} from './export-outcome.js';
export { toFhirReferralOutcome } from './export-outcome.js';
export type { ReferralOutcomeImport, ReferralOutcomeMessage } from './import-outcome.js';
export { fromFhirReferralOutcome, ReferralOutcomeMessageSchema } from './import-outcome.js';
export type { OutcomeReadingWhen } from './measure-observation.js';
export { toFhirOutcomeObservation } from './measure-observation.js';
