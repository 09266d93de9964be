import { locationArb, organisationArb, serviceArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { fromFhirCoding, toFhirCoding } from '../shared/coding.js';
import { toFhirHealthcareService, toFhirLocation, toFhirOrganization } from './export-directory.js';
import {
  fromFhirHealthcareService,
  fromFhirLocation,
  fromFhirOrganization,
} from './import-directory.js';

/** JSON cannot hold -0, so the expected value is the record as JSON would carry it. */
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('directory ⇄ FHIR', () => {
  it('organisations round-trip through valid Organization resources', () => {
    fc.assert(
      fc.property(organisationArb, (o) => {
        const out = toFhirOrganization(o);
        expectValidFhir(out);
        expect(fromFhirOrganization(roundTrip(out), { tenantId: o.tenantId })).toEqual({
          ok: true,
          value: roundTrip(o),
        });
      }),
      { numRuns: 40 },
    );
  });

  it('locations round-trip through valid Location resources', () => {
    fc.assert(
      fc.property(locationArb, (l) => {
        const out = toFhirLocation(l);
        expectValidFhir(out);
        expect(fromFhirLocation(roundTrip(out), { tenantId: l.tenantId })).toEqual({
          ok: true,
          value: roundTrip(l),
        });
      }),
      { numRuns: 40 },
    );
  });

  it('services round-trip through valid HealthcareService resources', () => {
    fc.assert(
      fc.property(serviceArb, (s) => {
        const out = toFhirHealthcareService(s);
        expectValidFhir(out);
        expect(fromFhirHealthcareService(roundTrip(out), { tenantId: s.tenantId })).toEqual({
          ok: true,
          value: roundTrip(s),
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('support-need codes (issue 13: one URI base)', () => {
  it('are sent under the livewell FHIR base and read back as the directory stores them', () => {
    const stored = { system: 'https://livewell.dev/fhir/CodeSystem/support-need', code: 'walking' };
    const sent = toFhirCoding(stored);
    expect(sent.system).toBe('https://fhir.livewell.dev/CodeSystem/support-need');
    expect(fromFhirCoding(sent)).toEqual(stored);
  });
});
