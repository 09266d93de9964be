import { referralArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectMustSupport } from '../../test/uk-core.js';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { toFhirReferral } from './export-referral.js';
import { fromFhirReferral } from './import-referral.js';

const srMustSupport = [
  'status',
  'intent',
  'category',
  'priority',
  'code',
  'subject',
  'authoredOn',
  'requester',
];
const taskMustSupport = [
  'status',
  'intent',
  'code',
  'focus',
  'for',
  'authoredOn',
  'requester',
  'owner',
];

describe('referral ⇄ FHIR', () => {
  it('export → import returns the same referral; both resources are valid R4 and UK Core-populated', () => {
    fc.assert(
      fc.property(referralArb, (referral) => {
        const out = toFhirReferral(referral);
        expectValidFhir(out.serviceRequest);
        expectValidFhir(out.task);
        expectMustSupport(out.serviceRequest, srMustSupport);
        expectMustSupport(out.task, taskMustSupport);
        const back = fromFhirReferral(JSON.parse(JSON.stringify(out)), {
          tenantId: referral.tenantId,
        });
        expect(back).toEqual({ ok: true, value: referral });
      }),
      { numRuns: 80 },
    );
  });
});
