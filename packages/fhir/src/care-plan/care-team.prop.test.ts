import { careTeamArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectMustSupport, ukCoreMustSupport } from '../../test/uk-core.js';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { toFhirCareTeam } from './care-team.js';
import { fromFhirCareTeam } from './import-care-team.js';

describe('standing care team ⇄ CareTeam', () => {
  it('round-trips through a valid CareTeam', () => {
    fc.assert(
      fc.property(careTeamArb, (team) => {
        const out = toFhirCareTeam(team);
        expectValidFhir(out);
        if (team.members.length > 0) expectMustSupport(out, ukCoreMustSupport.CareTeam);
        const back = fromFhirCareTeam(JSON.parse(JSON.stringify(out)), { tenantId: team.tenantId });
        expect(back).toEqual({ ok: true, value: team });
      }),
      { numRuns: 50 },
    );
  });
});
