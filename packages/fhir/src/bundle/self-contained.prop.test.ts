import { shippedInstruments } from '@livewell/activation';
import type { Practitioner } from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreedPlan } from '../../test/fixtures.js';
import { recordArb } from '../../test/records.js';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { fhirId } from '../shared/ids.js';
import { isReferencedOnly } from '../shared/referenced-only.js';
import { fromFhirBundle } from './import-bundle.js';
import { danglingReferences } from './references.js';
import { toFhirTransactionBundle } from './transaction-bundle.js';

describe('the transaction Bundle is self-contained (issue 13)', () => {
  it('resolves every reference of every generated record: 0 dangling, every entry valid', () => {
    fc.assert(
      fc.property(recordArb, fc.boolean(), (record, withPerson) => {
        const { person: _p, ...withoutPerson } = record;
        const r = toFhirTransactionBundle(withPerson ? record : withoutPerson, {
          baseUrl: 'https://fhir.example.org/R4',
        });
        if (!r.ok) throw new Error('export failed');
        expect(danglingReferences(r.value)).toEqual([]);
        expectValidFhir(r.value);
      }),
      { numRuns: 40 },
    );
  });

  it('writes practitioners, their roles and carers from the records held', () => {
    const nurse: Practitioner = {
      schemaVersion: 1,
      id: 'nurse-1' as Practitioner['id'],
      tenantId: agreedPlan.tenantId,
      name: 'Jo Reilly',
      role: 'nurse',
    };
    const person = {
      schemaVersion: 1 as const,
      id: agreedPlan.personId,
      tenantId: agreedPlan.tenantId,
      name: { given: 'Alex', family: 'Doe' },
      birthDate: '1950-01-01',
      conditions: [],
      communication: {
        format: 'standard' as const,
        language: 'en',
        channel: 'letter' as const,
        interpreterNeeded: false,
      },
      carers: [
        {
          id: 'carer-1' as never,
          name: 'Sam Doe',
          relationship: 'daughter',
          consentToShare: true,
        },
      ],
      consentToShare: true,
    };
    const r = toFhirTransactionBundle({
      person,
      carePlans: [agreedPlan],
      practitioners: [nurse],
      instruments: Object.values(shippedInstruments),
    });
    if (!r.ok) throw new Error('export failed');
    const byKey = new Map(
      (r.value.entry ?? []).map((e) => [
        `${e.resource?.resourceType}/${e.resource?.id}`,
        e.resource,
      ]),
    );
    expect(byKey.get('Practitioner/nurse-1')).toMatchObject({ name: [{ text: 'Jo Reilly' }] });
    expect(byKey.get('PractitionerRole/nurse-1.nurse')).toMatchObject({
      practitioner: { reference: 'Practitioner/nurse-1' },
      code: [{ coding: [{ code: 'nurse' }] }],
    });
    expect(byKey.get('RelatedPerson/carer-1')).toMatchObject({
      patient: { reference: `Patient/${fhirId(person.id)}` },
      name: [{ text: 'Sam Doe' }],
      relationship: [{ text: 'daughter' }],
    });
    // plan-2 replaces plan-1, which this export does not hold: a referenced-only CarePlan.
    const previous = byKey.get('CarePlan/plan-1');
    expect(isReferencedOnly(previous)).toBe(true);
    expect(previous).toMatchObject({ status: 'unknown', intent: 'plan' });
    expect(danglingReferences(r.value)).toEqual([]);
    for (const e of r.value.entry ?? []) if (e.resource) expectValidFhir(e.resource);
    // Reading the Bundle back skips what only makes it self-contained.
    const back = fromFhirBundle(JSON.parse(JSON.stringify(r.value)), {
      tenantId: agreedPlan.tenantId,
    });
    expect(back.ok && back.value.carePlans.map((p) => p.id)).toEqual(['plan-2']);
  });

  it('finds a dangling reference when an entry is removed', () => {
    const r = toFhirTransactionBundle({ carePlans: [agreedPlan] });
    if (!r.ok) throw new Error('export failed');
    const entry = (r.value.entry ?? []).filter((e) => e.resource?.resourceType !== 'Goal');
    expect(danglingReferences({ ...r.value, entry }).map((d) => d.reference)).toContain(
      'Goal/goal-1',
    );
  });
});
