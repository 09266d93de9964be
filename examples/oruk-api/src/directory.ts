import type { TenantId } from '@livewell/core';
import { englandAndWalesBankHolidays, exampleDirectory } from '@livewell/peer-support';
import { type OrukApiDirectory, orukApiDirectory } from '@livewell/peer-support/oruk';

/** The example Leeds directory the GP-practice demo builds on, ready for the ORUK API. */
export function gpPracticeDirectory(tenantId: TenantId, today = '2026-09-01'): OrukApiDirectory {
  const d = exampleDirectory(tenantId, today);
  return orukApiDirectory({
    services: d.services,
    organisations: d.organisations,
    locations: d.locations,
    bankHolidays: [2026, 2027].flatMap(englandAndWalesBankHolidays),
  });
}
