import { personArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { fromFhirPatient, toFhirPatient } from './patient.js';

describe('person ⇄ Patient', () => {
  it('round-trips through a valid Patient carrying the NHS number', () => {
    fc.assert(
      fc.property(personArb, (person) => {
        const out = toFhirPatient(person);
        expectValidFhir(out);
        if (person.nhsNumber) {
          expect(out.identifier).toContainEqual({
            system: 'https://fhir.nhs.uk/Id/nhs-number',
            value: person.nhsNumber,
          });
        }
        const back = fromFhirPatient(JSON.parse(JSON.stringify(out)), {
          tenantId: person.tenantId,
        });
        // JSON cannot hold -0 (a map point on the meridian), so compare with the JSON form.
        expect(back).toEqual({ ok: true, value: JSON.parse(JSON.stringify(person)) });
      }),
      { numRuns: 50 },
    );
  });
});
