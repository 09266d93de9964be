import type { RaisedFlag, Result } from '@livewell/core';
import type { Scored, Unscorable } from './types.js';

/**
 * The flags raised by a scoring outcome, scored or not. Use it so an urgent flag (such as a
 * positive PHQ-9 item 9) is never missed on an incomplete questionnaire.
 *
 * @example
 * if (urgentFlags(score(phq9, responses)).length > 0) createClinicianTask();
 */
export const flagsOf = (result: Result<Scored, Unscorable>): readonly RaisedFlag[] =>
  result.ok ? result.value.flags : result.error.flags;

/** Only the `urgent` flags of a scoring outcome; callers must act on each. */
export const urgentFlags = (result: Result<Scored, Unscorable>): readonly RaisedFlag[] =>
  flagsOf(result).filter((flag) => flag.severity === 'urgent');
