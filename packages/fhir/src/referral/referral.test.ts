import { referralStatuses } from '@livewell/core';
import { referralArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFhirReferral } from './export-referral.js';
import { fromFhirReferral } from './import-referral.js';
import {
  fhirTaskStatuses,
  fromFhirTaskStatus,
  sdohReferralTaskStatuses,
  toFhirServiceRequestStatus,
  toFhirTaskStatus,
} from './status.js';

const sample = (status: string) =>
  fc.sample(
    referralArb.filter((r) => r.status === status),
    { numRuns: 1, seed: 7 },
  )[0];

describe('referral status mapping', () => {
  it('maps every referral status into the SDOH Clinical Care referral Task value set', () => {
    for (const status of referralStatuses) {
      const referral = sample(status);
      if (!referral) continue;
      const { serviceRequest, task } = toFhirReferral(referral);
      const cause = referral.history.findLast((h) => h.status === 'not-completed')?.cause;
      expect(task.status).toBe(toFhirTaskStatus(status, cause));
      expect(sdohReferralTaskStatuses).toContain(task.status);
      expect(serviceRequest.status).toBe(toFhirServiceRequestStatus(status));
    }
  });

  it('follows the domain brief §7.2 for the coded moments', () => {
    expect(toFhirTaskStatus('made')).toBe('requested');
    expect(toFhirTaskStatus('contacted')).toBe('requested');
    expect(toFhirTaskStatus('accepted')).toBe('accepted');
    expect(toFhirTaskStatus('declined')).toBe('rejected');
    expect(toFhirTaskStatus('paused')).toBe('on-hold');
    expect(toFhirTaskStatus('not-completed', 'lost-to-follow-up')).toBe('failed');
    expect(toFhirTaskStatus('not-completed', 'withdrawn')).toBe('cancelled');
    expect(toFhirServiceRequestStatus('attending')).toBe('active');
    expect(toFhirServiceRequestStatus('declined')).toBe('revoked');
  });

  it('reads every R4 Task status from another system; each exported one reads back', () => {
    for (const code of fhirTaskStatuses)
      expect(referralStatuses).toContain(fromFhirTaskStatus(code));
    expect(fromFhirTaskStatus('received')).toBe('contacted');
    expect(fromFhirTaskStatus('ready')).toBe('accepted');
    for (const status of referralStatuses) {
      if (status === 'contacted') continue; // `requested` + businessStatus `contacted`
      expect(fromFhirTaskStatus(toFhirTaskStatus(status))).toBe(status);
    }
  });

  it('keeps `contacted` through a round trip by its business status', () => {
    const referral = sample('contacted');
    if (!referral) return;
    const out = JSON.parse(JSON.stringify(toFhirReferral(referral)));
    expect(out.task.status).toBe('requested');
    const back = fromFhirReferral(out, { tenantId: referral.tenantId });
    expect(back.ok && back.value.status).toBe('contacted');
  });

  it('codes an accepted referral 871731000000106', () => {
    const accepted = toFhirReferral(sample('attending') as never);
    expect(accepted.serviceRequest.code?.coding?.[0]?.code).toBe('871731000000106');
  });

  it('reads a Task status from another system with the core inverse mapping', () => {
    const referral = sample('made');
    const { serviceRequest, task } = toFhirReferral(referral as never);
    const { businessStatus: _b, ...plain } = task;
    const r = fromFhirReferral(
      { serviceRequest, task: { ...plain, status: 'in-progress' } },
      { tenantId: referral?.tenantId as never },
    );
    expect(r.ok && r.value.status).toBe('attending');
  });

  it('refuses a second performer and an unknown Task status', () => {
    const referral = sample('made');
    const out = JSON.parse(JSON.stringify(toFhirReferral(referral as never)));
    out.serviceRequest.performer.push({ reference: 'HealthcareService/other' });
    const r = fromFhirReferral(out, { tenantId: referral?.tenantId as never });
    expect(r.ok ? [] : r.error.issues.map((i) => i.path)).toEqual(['ServiceRequest.performer']);
    const out2 = JSON.parse(JSON.stringify(toFhirReferral(referral as never)));
    out2.task.status = 'paused';
    const r2 = fromFhirReferral(out2, { tenantId: referral?.tenantId as never });
    expect(r2.ok ? [] : r2.error.issues.map((i) => i.code)).toEqual(['unsupported-code']);
  });
});

describe('import issue codes', () => {
  it('reports more of something than livewell keeps as unrepresentable', () => {
    const referral = sample('made');
    const out = JSON.parse(JSON.stringify(toFhirReferral(referral as never)));
    out.serviceRequest.performer.push({ reference: 'HealthcareService/other' });
    const r = fromFhirReferral(out, { tenantId: referral?.tenantId as never });
    expect(r.ok ? [] : r.error.issues.map((i) => i.code)).toEqual(['unrepresentable']);
  });
});
