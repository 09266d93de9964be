import type { Organisation, TenantId } from '@livewell/core';
import { directoryArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orukServiceValidator } from '../../test/fixtures/oruk/strict-schema.js';
import { englandAndWalesBankHolidays } from '../schedule/bank-holidays.js';
import { type OrukExportContext, toHsdsService } from './export.js';
import { fromHsdsService } from './import.js';

const bankHolidays = [2024, 2025, 2026, 2027, 2028].flatMap(englandAndWalesBankHolidays);
const validate = orukServiceValidator();

describe.each(['oruk', 'hsds'] as const)('%s export → import → export', (profile) => {
  it('is identical from the first cycle for every service of any directory', () => {
    let services = 0;
    fc.assert(
      fc.property(directoryArb, (d) => {
        for (const s of d.services) {
          const context: OrukExportContext = {
            locations: d.locations,
            bankHolidays,
            profile,
            ...(d.organisations.find((o) => o.id === s.organisationId)
              ? {
                  organisation: d.organisations.find(
                    (o) => o.id === s.organisationId,
                  ) as Organisation,
                }
              : {}),
          };
          const first = JSON.parse(JSON.stringify(toHsdsService(s, context).service));
          if (profile === 'oruk') expect(validate(first) ? [] : validate.errors).toEqual([]);
          const back = fromHsdsService(first, { tenantId: s.tenantId as TenantId });
          if (!back.ok) throw new Error(back.error.message);
          const second = toHsdsService(back.value.service, {
            locations: back.value.locations,
            bankHolidays,
            profile,
            ...(back.value.organisation ? { organisation: back.value.organisation } : {}),
          });
          expect(JSON.parse(JSON.stringify(second.service))).toEqual(first);
          services += 1;
        }
      }),
      { numRuns: 60 },
    );
    expect(services).toBeGreaterThan(60);
  });
});
