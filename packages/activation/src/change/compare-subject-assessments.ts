import {
  type DomainError,
  domainError,
  err,
  instantToMs,
  ok,
  type PracticeAssessment,
  type PractitionerAssessment,
  type Result,
  subjectKey,
  type TimeZone,
} from '@livewell/core';
import { changeBetween } from './change-between.js';
import type { ChangeRule } from './change-rules.js';
import type { AssessmentChange } from './compare-assessments.js';

/** Why two practitioner or practice assessments cannot be compared. */
export type SubjectCompareError = DomainError<
  'different-instrument' | 'different-subject' | 'not-in-order'
>;

/**
 * Compares a practitioner's or a practice's follow-up assessment with its baseline by the same
 * change rules as {@link compareAssessments} (the instrument's rule, or `rule`). Both must be
 * about the same subject in the same tenant, of the same instrument, in order. CS-PAM has no
 * published change threshold, so without `rule` its change is `no-rule` (the difference only).
 */
export function compareSubjectAssessments(
  baseline: PractitionerAssessment | PracticeAssessment,
  followUp: PractitionerAssessment | PracticeAssessment,
  options: { readonly rule?: ChangeRule; readonly timeZone?: TimeZone } = {},
): Result<AssessmentChange, SubjectCompareError> {
  if (baseline.instrument.id !== followUp.instrument.id) {
    return err(
      domainError(
        'different-instrument',
        `Cannot compare ${baseline.instrument.id} with ${followUp.instrument.id}.`,
      ),
    );
  }
  if (
    baseline.tenantId !== followUp.tenantId ||
    subjectKey(baseline.subject) !== subjectKey(followUp.subject)
  ) {
    return err(
      domainError(
        'different-subject',
        'Both assessments must be about the same subject and tenant.',
      ),
    );
  }
  if (instantToMs(followUp.completedAt) <= instantToMs(baseline.completedAt)) {
    return err(domainError('not-in-order', 'The follow-up must be completed after the baseline.'));
  }
  return ok(changeBetween(baseline, followUp, options));
}
