import { referralStatuses } from '@livewell/core';
import { referralArb } from '@livewell/core/testing';
import * as peerSupport from '@livewell/peer-support';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFhirReferral } from './export-referral.js';
import { fromFhirReferral } from './import-referral.js';

const sample = (status: string) =>
  fc.sample(
    referralArb.filter((r) => r.status === status),
    { numRuns: 1, seed: 7 },
  )[0];

describe('referral status mapping', () => {
  it('agrees with @livewell/peer-support for every referral status', () => {
    for (const status of referralStatuses) {
      const referral = sample(status);
      if (!referral) continue;
      const { serviceRequest, task } = toFhirReferral(referral);
      const cause = referral.history.findLast((h) => h.status === 'not-completed')?.cause;
      expect(task.status).toBe(peerSupport.referral.toFhirTaskStatus(status, cause));
      expect(serviceRequest.status).toBe(peerSupport.referral.toFhirServiceRequestStatus(status));
    }
  });

  it('codes an accepted referral 871731000000106 and a declined one 871711000000103', () => {
    const accepted = toFhirReferral(sample('attending') as never);
    expect(accepted.serviceRequest.code?.coding?.[0]?.code).toBe('871731000000106');
    const declined = toFhirReferral(sample('declined') as never);
    expect(declined.task.status).toBe('rejected');
    expect(declined.task.statusReason?.coding?.[0]?.code).toBe('871711000000103');
    expect(declined.serviceRequest.status).toBe('revoked');
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
