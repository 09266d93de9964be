import type { Resource } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFhirTransactionBundle } from '../src/bundle/transaction-bundle.js';
import { hasUkCoreProfile, UK_CORE_PROFILES } from '../src/shared/profiles.js';
import { isReferencedOnly } from '../src/shared/referenced-only.js';
import { recordArb } from './records.js';
import { expectMustSupport } from './uk-core.js';

/**
 * UK Core must-support elements livewell holds data for, per released profile (from the
 * differentials in NHSDigital/FHIR-R4-UKCORE-STAGING-MAIN at 3d2827e; docs/fhir.md lists the
 * rest and why they are empty). Referenced-only resources carry only their identifier.
 */
const heldMustSupport: Record<string, readonly string[]> = {
  Patient: ['identifier', 'name', 'birthDate'],
  Practitioner: ['identifier', 'name'],
  PractitionerRole: ['practitioner'],
  RelatedPerson: ['patient', 'relationship', 'name'],
  Organization: ['identifier', 'active', 'name'],
  Location: ['status', 'name', 'address'],
  HealthcareService: ['providedBy'],
  Observation: ['status', 'category', 'code', 'subject', 'effective[x]'],
  ServiceRequest: ['status', 'intent', 'category', 'priority', 'code', 'subject', 'authoredOn'],
};

describe('UK Core profiles (issue 13)', () => {
  it('declares the released UK Core profile on every resource that has one, and only those', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(recordArb, (record) => {
        const r = toFhirTransactionBundle(record);
        if (!r.ok) throw new Error('export failed');
        for (const e of r.value.entry ?? []) {
          const resource = e.resource as Resource;
          const type = resource.resourceType;
          if (!hasUkCoreProfile(type)) {
            expect(resource.meta?.profile, type).toBeUndefined();
            continue;
          }
          seen.add(type);
          expect(resource.meta?.profile).toEqual([UK_CORE_PROFILES[type]]);
          if (isReferencedOnly(resource)) {
            expect(resource).toHaveProperty('identifier');
            continue;
          }
          const held = heldMustSupport[type] ?? [];
          // A Location without an address part has no address; a need-less service no type.
          expectMustSupport(
            resource,
            held.filter((p) => p !== 'address' || 'address' in resource),
          );
        }
      }),
      { numRuns: 25 },
    );
    expect([...seen].sort()).toEqual(Object.keys(UK_CORE_PROFILES).sort());
  });
});
