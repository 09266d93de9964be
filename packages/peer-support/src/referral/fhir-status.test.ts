import {
  type FhirTaskStatus,
  fromFhirTaskStatus,
  referralStatuses,
  toFhirServiceRequestStatus,
  toFhirTaskStatus,
} from '@livewell/core';
import { describe, expect, it } from 'vitest';

const taskCodes = [
  'draft',
  'requested',
  'received',
  'accepted',
  'rejected',
  'ready',
  'cancelled',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'entered-in-error',
];
const requestCodes = [
  'draft',
  'active',
  'on-hold',
  'revoked',
  'completed',
  'entered-in-error',
  'unknown',
];

describe('FHIR status mappings', () => {
  it('map every referral status to a FHIR R4 code', () => {
    for (const status of referralStatuses) {
      expect(taskCodes).toContain(toFhirTaskStatus(status));
      expect(requestCodes).toContain(toFhirServiceRequestStatus(status));
    }
  });

  it('follow the brief for the coded moments', () => {
    expect(toFhirTaskStatus('made')).toBe('requested');
    expect(toFhirTaskStatus('accepted')).toBe('accepted');
    expect(toFhirTaskStatus('declined')).toBe('rejected');
    expect(toFhirTaskStatus('paused')).toBe('on-hold');
    expect(toFhirTaskStatus('not-completed', 'lost-to-follow-up')).toBe('failed');
    expect(toFhirTaskStatus('not-completed', 'withdrawn')).toBe('cancelled');
    expect(toFhirServiceRequestStatus('attending')).toBe('active');
    expect(toFhirServiceRequestStatus('declined')).toBe('revoked');
  });

  it('reads every Task.status back, and round-trips every referral status', () => {
    for (const code of taskCodes)
      expect(referralStatuses).toContain(fromFhirTaskStatus(code as FhirTaskStatus));
    for (const status of referralStatuses)
      expect(fromFhirTaskStatus(toFhirTaskStatus(status))).toBe(status);
    expect(fromFhirTaskStatus(toFhirTaskStatus('not-completed', 'withdrawn'))).toBe(
      'not-completed',
    );
  });
});
