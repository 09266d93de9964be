import type { Actor, Referral } from '@livewell/core';
import { referralDeclinedCoding } from '@livewell/core';
import { referralArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { whoDeclined } from './decline.js';
import { toFhirReferral } from './export-referral.js';

const base = fc.sample(
  referralArb.filter((r) => r.status === 'declined'),
  { numRuns: 1, seed: 11 },
)[0] as Referral;

const person: Actor = { kind: 'person', personId: base.personId };
const carer: Actor = { kind: 'carer', carerId: 'carer-1', onBehalfOf: base.personId } as Actor;
const linkWorker: Actor = {
  kind: 'practitioner',
  practitionerId: 'lw-1',
  role: 'link-worker',
} as Actor;
const job: Actor = { kind: 'system', name: 'nightly-sync' };

/** The sample referral declined by `actor`, with `declinedBy` recorded when given. */
function declinedBy(actor: Actor, recorded?: 'person' | 'carer' | 'service'): Referral {
  const history = base.history.map((h) =>
    h.status === 'declined' ? { ...h, actor, ...(recorded ? { declinedBy: recorded } : {}) } : h,
  );
  // Even when an older record carries the declined code, the export decides from who declined.
  return { ...base, history, codes: [referralDeclinedCoding] };
}

const statusReason = (r: Referral) => toFhirReferral(r).task.statusReason;
const snomed = (r: Referral) => statusReason(r)?.coding?.map((c) => c.code) ?? [];

describe('the declined code (SNOMED CT 871711000000103) says the person declined', () => {
  it('is sent when the person declined themselves', () => {
    expect(snomed(declinedBy(person))).toEqual(['871711000000103']);
    expect(statusReason(declinedBy(person))?.text).toBe('Declined by the person');
  });

  it('is sent when a practitioner recorded that the person declined', () => {
    expect(snomed(declinedBy(linkWorker, 'person'))).toEqual(['871711000000103']);
  });

  it('is not sent when the service declined', () => {
    expect(snomed(declinedBy(linkWorker, 'service'))).toEqual([]);
    expect(statusReason(declinedBy(linkWorker, 'service'))?.text).toBe('Declined by the service');
  });

  it('is not sent when a carer declined on the person’s behalf', () => {
    expect(snomed(declinedBy(carer))).toEqual([]);
    expect(snomed(declinedBy(linkWorker, 'carer'))).toEqual([]);
    expect(statusReason(declinedBy(carer))?.text).toMatch(/carer/);
  });

  it('is not sent when the record does not say whose decision it was', () => {
    for (const actor of [linkWorker, job]) {
      expect(whoDeclined(declinedBy(actor))).toBe('unknown');
      expect(snomed(declinedBy(actor))).toEqual([]);
      expect(statusReason(declinedBy(actor))?.text).toMatch(/not recorded/);
    }
  });

  it('never appears on a referral that is not declined, and every Task stays valid R4', () => {
    for (const r of [declinedBy(person), declinedBy(linkWorker, 'service')]) {
      expectValidFhir(toFhirReferral(r).task);
      const inError = { ...r, status: 'entered-in-error' as const };
      expect(toFhirReferral(inError).task.statusReason).toBeUndefined();
    }
  });
});
