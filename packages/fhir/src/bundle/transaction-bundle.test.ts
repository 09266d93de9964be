import { shippedInstruments } from '@livewell/activation';
import type { PersonId, TenantId } from '@livewell/core';
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
import { isReferencedOnly } from '../shared/referenced-only.js';
import { fromFhirBundle } from './import-bundle.js';
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
    const { id: personId, tenantId } = r.person;
    const mine = <T extends { personId: PersonId; tenantId: TenantId }>(xs: T[]) =>
      xs.map((x) => ({ ...x, personId, tenantId }));
    return {
      ...r,
      careTeams: mine(r.careTeams),
      carePlans: mine(r.carePlans),
      assessments: mine(r.assessments),
      referrals: mine(r.referrals),
    };
  });

const CONTEXT = [
  'Practitioner',
  'PractitionerRole',
  'RelatedPerson',
  'HealthcareService',
  'Organization',
  'Location',
];
const isContext = (type: string | undefined) => type !== undefined && CONTEXT.includes(type);

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

  it('reads back as the same record (bundle → import), when no two records share a resource id', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const r = toFhirTransactionBundle(record);
        if (!r.ok) throw new Error('export failed');
        const expectedEntries =
          1 +
          record.careTeams.length +
          record.carePlans.reduce(
            (n, p) =>
              n +
              1 +
              p.goals.length +
              (p.careTeam.members.length + p.careTeam.carers.length > 0 ? 1 : 0) +
              p.actionPlans.filter((a) => a.confidence !== undefined).length,
            0,
          ) +
          record.assessments.reduce(
            (n, a) => n + 2 + a.scores.subscales.length + (a.level === undefined ? 0 : 1),
            0,
          ) +
          record.referrals.length * 2;
        // Entries written only so that references resolve are not part of the record.
        const recordEntries = (r.value.entry ?? []).filter(
          (e) => !isContext(e.resource?.resourceType) && !isReferencedOnly(e.resource),
        );
        fc.pre(recordEntries.length === expectedEntries);
        const back = fromFhirBundle(JSON.parse(JSON.stringify(r.value)), {
          tenantId: record.person.tenantId,
        });
        const expected = JSON.parse(
          JSON.stringify({
            person: record.person,
            careTeams: record.careTeams,
            carePlans: [...record.carePlans].sort((a, b) => a.revision - b.revision),
            assessments: record.assessments,
            referrals: record.referrals,
          }),
        );
        expect(back).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 20 },
    );
  });

  it('keeps each plan version’s confidence: the Observation id names the version (issue 13)', () => {
    const { replaces: _r, ...first } = agreedPlan;
    const previous = {
      ...first,
      id: 'plan-1',
      revision: 1,
      state: 'superseded',
      supersededBy: 'plan-2',
      actionPlans: agreedPlan.actionPlans.map((a) => ({ ...a, confidence: 5 })),
    } as unknown as typeof agreedPlan;
    const r = toFhirTransactionBundle({ carePlans: [previous, agreedPlan] });
    if (!r.ok) throw new Error('export failed');
    const observations = (r.value.entry ?? []).filter(
      (e) => e.resource?.resourceType === 'Observation',
    );
    expect(observations.map((e) => e.resource?.id)).toEqual([
      'plan-1.action-1.confidence',
      'plan-2.action-1.confidence',
    ]);
    const back = fromFhirBundle(JSON.parse(JSON.stringify(r.value)), {
      tenantId: agreedPlan.tenantId,
    });
    expect(back.ok && back.value.carePlans.map((p) => p.actionPlans[0]?.confidence)).toEqual([
      5, 8,
    ]);
  });

  it('reports resources that belong to no record', () => {
    const r = toFhirTransactionBundle({ carePlans: [agreedPlan] });
    if (!r.ok) throw new Error('export failed');
    const entry = [...(r.value.entry ?? []), { resource: { resourceType: 'Condition', id: 'c1' } }];
    const back = fromFhirBundle({ ...r.value, entry }, { tenantId: agreedPlan.tenantId });
    expect(back.ok ? [] : back.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['unrepresentable', 'Condition/c1'],
    ]);
  });

  it('refuses a Bundle over its entry cap whole, and reads one at the cap', () => {
    const r = toFhirTransactionBundle({ carePlans: [agreedPlan] });
    if (!r.ok) throw new Error('export failed');
    const entry = r.value.entry ?? [];
    const tenantId = agreedPlan.tenantId;
    expect(fromFhirBundle(r.value, { tenantId, maxEntries: entry.length }).ok).toBe(true);
    const over = fromFhirBundle(r.value, { tenantId, maxEntries: entry.length - 1 });
    expect(over.ok ? [] : over.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['unrepresentable', 'Bundle.entry'],
    ]);
    const huge = { ...r.value, entry: Array.from({ length: 10_001 }, () => entry[0]) };
    const refused = fromFhirBundle(huge, { tenantId });
    expect(refused.ok ? '' : refused.error.issues[0]?.path).toBe('Bundle.entry');
    for (const maxEntries of [0, -1, 1.5, 'x']) {
      const bad = fromFhirBundle(r.value, { tenantId, maxEntries } as never);
      expect(bad.ok ? '' : bad.error.issues[0]?.path).toMatch(/^options/);
    }
  });

  it('reads a Bundle of many plans, assessments and referrals back whole', () => {
    const records = fc.sample(recordArb, { numRuns: 40, seed: 11 });
    const person = records[0]?.person;
    if (!person) throw new Error('no record');
    const own = <T extends { personId: PersonId; tenantId: TenantId; id: string }>(
      xs: T[],
      tag: string,
    ) =>
      xs.map((x, i) => ({
        ...x,
        id: `${tag}-${i}`,
        personId: person.id,
        tenantId: person.tenantId,
      }));
    const carePlans = own(
      records.flatMap((x) => x.carePlans),
      'plan',
    );
    const assessments = own(
      records.flatMap((x) => x.assessments),
      'assessment',
    );
    const referrals = own(
      records.flatMap((x) => x.referrals),
      'referral',
    );
    const r = toFhirTransactionBundle({ person, carePlans, assessments, referrals });
    if (!r.ok) throw new Error('export failed');
    const back = fromFhirBundle(r.value, { tenantId: person.tenantId });
    if (!back.ok) throw new Error(back.error.message);
    const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id).sort();
    expect(ids(back.value.carePlans)).toEqual(ids(carePlans));
    expect(ids(back.value.assessments)).toEqual(ids(assessments));
    expect(ids(back.value.referrals)).toEqual(ids(referrals));
  });
});
