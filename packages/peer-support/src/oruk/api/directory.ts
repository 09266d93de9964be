import type { GeoPoint, IsoDate, Location, Organisation, Service } from '@livewell/core';
import { toHsdsService } from '../export.js';
import type { HsdsService } from '../hsds-types.js';

/** What an ORUK API serves: a directory snapshot and how to place a postcode. */
export interface OrukApiRecords {
  readonly services: readonly Service[];
  readonly organisations: readonly Organisation[];
  readonly locations: readonly Location[];
  /** Bank holidays, for schedules closed on them. */
  readonly bankHolidays?: readonly IsoDate[];
  /** The centre of a postcode, for `proximity` and radius service areas (absent: refused). */
  readonly postcodeCentroid?: (postcode: string) => GeoPoint | undefined;
}

/** One service as the API serves it: our record and its ORUK payload. */
export interface OrukApiEntry {
  readonly service: Service;
  readonly oruk: HsdsService;
}

/** A directory ready to answer ORUK API requests (built once per snapshot). */
export interface OrukApiDirectory {
  readonly entries: readonly OrukApiEntry[];
  readonly byId: ReadonlyMap<string, OrukApiEntry>;
  readonly records: OrukApiRecords;
}

/**
 * Exports every service once, as the ORUK profile payload, in a stable order (by name, then
 * id), so list pages are reproducible. Pure: the same records give the same directory.
 */
export function orukApiDirectory(records: OrukApiRecords): OrukApiDirectory {
  const orgs = new Map(records.organisations.map((o) => [o.id as string, o]));
  const entries = records.services
    .map((service) => {
      const organisation = orgs.get(service.organisationId);
      const { service: oruk } = toHsdsService(service, {
        locations: records.locations,
        ...(organisation ? { organisation } : {}),
        ...(records.bankHolidays ? { bankHolidays: records.bankHolidays } : {}),
      });
      return { service, oruk };
    })
    .sort((a, b) =>
      a.oruk.name === b.oruk.name
        ? a.oruk.id.localeCompare(b.oruk.id)
        : a.oruk.name.localeCompare(b.oruk.name),
    );
  return { entries, byId: new Map(entries.map((e) => [e.oruk.id, e])), records };
}
