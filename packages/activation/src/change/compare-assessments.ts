import {
  type Assessment,
  type DomainError,
  domainError,
  err,
  instantToMs,
  isScoredAssessment,
  ok,
  type ParseError,
  type Result,
  type TimeZone,
} from '@livewell/core';
import { type AssessmentChange, changeBetween } from './change-between.js';
import type { ChangeRule } from './change-rules.js';
import { readCompareInput } from './read-compare.js';

export type { AssessmentChange, ChangeClass } from './change-between.js';

/** Why two assessments cannot be compared. */
export type CompareError =
  | DomainError<'different-instrument' | 'different-person' | 'not-in-order' | 'not-scored'>
  | ParseError;

/**
 * Compares a follow-up with a baseline by the instrument's change rule: PAM gain ≥ 3 points
 * with follow-up 6–12 months later; PHQ-9 fall ≥ 6 and GAD-7 fall ≥ 4 as reliable improvement
 * (rises of the same size as reliable deterioration). Pass `rule` for other instruments.
 * Month windows compare local dates in `timeZone` (default Europe/London). An assessment stored
 * without a score (unscorable) cannot be compared: `not-scored`. Arguments that are not
 * assessments, or options that are not a change rule and an IANA zone: `invalid-input`.
 */
export function compareAssessments(
  baselineInput: Assessment,
  followUpInput: Assessment,
  optionsInput: { readonly rule?: ChangeRule; readonly timeZone?: TimeZone } = {},
): Result<AssessmentChange, CompareError> {
  const read = readCompareInput(baselineInput, followUpInput, optionsInput);
  if (!read.ok) return read;
  const { baseline, followUp } = read.value;
  const { rule, timeZone } = read.value;
  const options = { ...(rule && { rule }), ...(timeZone && { timeZone }) };
  if (!isScoredAssessment(baseline) || !isScoredAssessment(followUp)) {
    return err(
      domainError('not-scored', 'Both assessments must have a score; one was stored unscorable.'),
    );
  }
  if (baseline.instrument.id !== followUp.instrument.id) {
    return err(
      domainError(
        'different-instrument',
        `Cannot compare ${baseline.instrument.id} with ${followUp.instrument.id}.`,
      ),
    );
  }
  if (baseline.tenantId !== followUp.tenantId || baseline.personId !== followUp.personId) {
    return err(
      domainError('different-person', 'Both assessments must be for the same person and tenant.'),
    );
  }
  if (instantToMs(followUp.completedAt) <= instantToMs(baseline.completedAt)) {
    return err(domainError('not-in-order', 'The follow-up must be completed after the baseline.'));
  }
  return ok(changeBetween(baseline, followUp, options));
}
