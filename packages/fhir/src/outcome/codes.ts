import type { CodeableConcept } from '@medplum/fhirtypes';
import { extensionUrl } from '../shared/systems.js';

/** The text of the outcome summary's `Communication.category` and `topic`. */
export const OUTCOME_SUMMARY_TEXT = 'Referral outcome summary';

/**
 * `Communication.category` of the message back: HL7 `communication-category#notification`
 * (the message tells the referrer and the GP what happened) with livewell's text.
 */
export const OUTCOME_SUMMARY_CATEGORY: CodeableConcept = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/communication-category',
      code: 'notification',
      display: 'Notification',
    },
  ],
  text: OUTCOME_SUMMARY_TEXT,
};

/**
 * Extension on a `Communication.payload`: which part of the referral outcome the payload is
 * (`summary`, `concern`, `support`, `measure-start`, `measure-end`).
 */
export const OUTCOME_PART_URL = extensionUrl('outcome-part');

/** The parts of an outcome summary, in the order they appear in `Communication.payload`. */
export const outcomeParts = [
  'summary',
  'concern',
  'support',
  'measure-start',
  'measure-end',
] as const;
/** One part of an outcome summary's payload. */
export type OutcomePart = (typeof outcomeParts)[number];

/** The id of the Communication written for a referral's outcome. */
export const outcomeCommunicationId = (referralId: string): string => `${referralId}.outcome`;

/** The identifier kind of the outcome measure Observations (`<referral id>#<n>.start|end`). */
export const OUTCOME_MEASURE_KIND = 'referral-outcome-measure';
