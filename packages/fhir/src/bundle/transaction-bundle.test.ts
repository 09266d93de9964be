import { shippedInstruments } from '@livewell/activation';
import type { PersonId } from '@livewell/core';
import {
  assessmentArb,
  carePlanArb,
  careTeamArb,
  personArb,
  referralArb,
} from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreedPlan } from '../../test/fixtures.js';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { toFhirTransactionBundle } from './transaction-bundle.js';

const recordArb = fc
  .record({
    person: personArb,
    careTeams: fc.array(careTeamArb, { maxLength: 1 }),
    carePlans: fc.array(carePlanArb, { maxLength: 2 }),
    assessments: fc.array(assessmentArb, { maxLength: 2 }),
    referrals: fc.array(referralArb, { maxLength: 2 }),
  })
  .map((r) => {
    const personId = r.person.id as PersonId;
    const mine = <T extends { personId: PersonId }>(xs: T[]) => xs.map((x) => ({ ...x, personId }));
    return {
      ...r,
      careTeams: mine(r.careTeams),
      carePlans: mine(r.carePlans),
      assessments: mine(r.assessments),
      referrals: mine(r.referrals),
    };
  });

describe('toFhirTransactionBundle', () => {
  it('writes a valid transaction of idempotent PUTs with unique targets', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const r = toFhirTransactionBundle(record, { baseUrl: 'https://fhir.example.org/R4/' });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expectValidFhir(r.value);
        const urls = (r.value.entry ?? []).map((e) => e.request?.url);
        expect(new Set(urls).size).toBe(urls.length);
        for (const e of r.value.entry ?? []) {
          expect(e.request?.method).toBe('PUT');
          expect(e.fullUrl).toBe(`https://fhir.example.org/R4/${e.request?.url}`);
        }
        expect(urls).toContain(`Patient/${r.value.entry?.[0]?.resource?.id}`);
      }),
      { numRuns: 15 },
    );
  });

  it('includes the Questionnaires of the instruments given', () => {
    const r = toFhirTransactionBundle({
      carePlans: [agreedPlan],
      instruments: Object.values(shippedInstruments),
    });
    const types = r.ok ? (r.value.entry ?? []).map((e) => e.resource?.resourceType) : [];
    expect(types.filter((t) => t === 'Questionnaire')).toHaveLength(
      Object.keys(shippedInstruments).length,
    );
    expect(types).toEqual(expect.arrayContaining(['CarePlan', 'Goal', 'CareTeam', 'Observation']));
  });

  it('refuses records of more than one person', () => {
    const other = { ...agreedPlan, id: 'plan-x', personId: 'someone-else' } as typeof agreedPlan;
    const r = toFhirTransactionBundle({ carePlans: [agreedPlan, other] });
    expect(r).toMatchObject({ ok: false, error: { code: 'mixed-persons' } });
  });
});
