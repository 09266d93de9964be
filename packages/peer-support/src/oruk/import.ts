import {
  type DeliveryMode,
  type DomainError,
  domainError,
  err,
  IsoDateSchema,
  type Location,
  type Organisation,
  ok,
  type ParseIssue,
  parseService,
  parseTenantId,
  type RecordId,
  RecordIdSchema,
  type Result,
  readPlainJson,
  type Schedule,
  type Service,
  type TenantId,
} from '@livewell/core';
import { ORUK_IMPORT_DEFAULTS, type OrukImportDefaults } from './defaults.js';
import type { OrukLoss } from './ledger.js';
import type { OrukNote } from './loss.js';
import { isObject, objects, str } from './read.js';
import { readAreas } from './read-areas.js';
import { readAttributes } from './read-attributes.js';
import { readContacts } from './read-contacts.js';
import { readCost } from './read-cost.js';
import { readLanguages } from './read-languages.js';
import { readLocation } from './read-location.js';
import { readOrganisation } from './read-organisation.js';
import { at, E, Reading, S, text } from './reading.js';
import { importSchedule, ukZoneForOffset, type ZoneForOffset } from './schedule-import.js';
import { stableUuid } from './uuid.js';

/** Why an HSDS payload could not be imported. */
export type OrukError = DomainError<'invalid-hsds'> & { readonly issues: readonly ParseIssue[] };

/** A service read from HSDS, with the organisation and locations nested in it. */
export interface OrukImport {
  readonly service: Service;
  readonly organisation?: Organisation;
  readonly locations: Location[];
  /** How the payload was read: defaults used, values derived, schedules not imported. */
  readonly notes: OrukNote[];
  /** Every source path (a JSON scalar) the import did not keep, with why. */
  readonly loss: OrukLoss[];
}

/** Settings for {@link fromHsdsService}. */
export interface OrukImportOptions {
  readonly tenantId: TenantId;
  /** How to read UTC offsets; default: 0 and +1 hour are `Europe/London`. */
  readonly zoneForOffset?: ZoneForOffset;
  /** What to assume for livewell-only attributes the feed lacks (see `ORUK_IMPORT_DEFAULTS`). */
  readonly defaults?: Partial<OrukImportDefaults>;
}

const fail = (message: string, issues: readonly ParseIssue[] = []): Result<never, OrukError> =>
  err({ ...domainError('invalid-hsds', message), issues });

/** The caller's zone reader, made total: a reader that throws reads the offset as unknown. */
const guardZone =
  (read: ZoneForOffset): ZoneForOffset =>
  (offset) => {
    try {
      return read(offset);
    } catch {
      return undefined;
    }
  };

const STATUS: Record<string, Service['status']> = {
  active: 'active',
  inactive: 'inactive',
  defunct: 'defunct',
  'temporarily closed': 'temporarily-closed',
  'temporarily-closed': 'temporarily-closed',
};

/**
 * Reads a nested HSDS 3.0 / Open Referral UK `service` payload into livewell's records. Real
 * feeds import as they are: livewell-only attributes absent from the feed take the documented
 * `defaults` (each noted), free-text accessibility is kept as text, currency case and phone
 * punctuation are normalised, a missing cost option reads as cost unknown, and a schedule whose
 * rule cannot be held exactly is not imported (the service is marked `timetableUnknown`).
 * `loss` lists every source path not kept, with why. The payload is first copied as plain JSON
 * (getters, proxies and cycles give a typed error; the caller's value is never touched) and
 * the result is checked with livewell's own parsers. Only a payload with no id, name or a
 * valid status is refused. Never throws: every failure is an `invalid-hsds` error.
 */
export function fromHsdsService(
  payload: unknown,
  options: OrukImportOptions,
): Result<OrukImport, OrukError> {
  const copy = readPlainJson(payload, 'HSDS service');
  if (!copy.ok) return fail(`Not readable as HSDS JSON: ${copy.error.message}`, copy.error.issues);
  const input = copy.value;
  if (!isObject(input) || str(input.id) === undefined || str(input.name) === undefined) {
    return fail('Not an HSDS service: id and name are required.');
  }
  const tenant = parseTenantId(options.tenantId);
  if (!tenant.ok) return fail(`The tenant to import into is not valid: ${tenant.error.message}`);
  const id = RecordIdSchema.safeParse(input.id);
  const name = S.name.safeParse(text(input.name));
  const status = STATUS[str(input.status)?.trim().toLowerCase() ?? ''];
  if (!id.success || !name.success || status === undefined)
    return fail('Not an HSDS service livewell can hold: id, name or status is not valid.');
  const defaults = { ...ORUK_IMPORT_DEFAULTS, ...options.defaults };
  const r = new Reading();
  for (const k of ['id', 'name', 'status']) r.ledger.keep(k);
  const zone = guardZone(options.zoneForOffset ?? ukZoneForOffset);
  const base = { schemaVersion: 1 as const, tenantId: tenant.value };
  let timetableUnknown = false;
  /** Reads one schedule into `target` (at most 200, ids distinct), or reports it. */
  const readInto = (target: Schedule[], h: unknown, p: string): boolean => {
    const res = importSchedule(h, zone, p);
    r.notes.push(...res.notes);
    if (res.schedule && target.length < 200 && !target.some((s) => s.id === res.schedule?.id)) {
      target.push(res.schedule);
      for (const k of res.kept) r.ledger.keep(at(p, k));
      return true;
    }
    timetableUnknown = true;
    const why =
      res.notes[0]?.message ?? 'schedule not imported: the id repeats or over 200 schedules';
    if (res.schedule) r.note(p, 'timetable-unknown', why);
    r.ledger.lose(p, why);
    return false;
  };
  const readSchedules = (list: unknown, path: string): Schedule[] => {
    const out: Schedule[] = [];
    objects(list).forEach((h, i) => {
      readInto(out, h, at(path, i));
    });
    return out;
  };
  const org = isObject(input.organization) ? input.organization : undefined;
  const organisation = org ? readOrganisation(r, org, base) : undefined;
  const orgIdWritten = r.take(
    RecordIdSchema,
    input.organization_id,
    'organization_id',
    'organisation id',
  );
  let organisationId = orgIdWritten ?? organisation?.id;
  if (organisationId === undefined) {
    organisationId = stableUuid(`organisation-of|${id.data}`) as RecordId;
    r.note(
      'organization_id',
      'defaulted',
      'no organisation id: a stable one is derived from the service id',
    );
  }
  const locations: Location[] = [];
  const sals: Service['locations'] = [];
  objects(input.service_at_locations).forEach((sal, i) => {
    const path = at('service_at_locations', i);
    const loc = isObject(sal.location) ? sal.location : undefined;
    const locId = RecordIdSchema.safeParse(str(sal.location_id) ?? str(loc?.id));
    const salId = RecordIdSchema.safeParse(sal.id);
    if (!locId.success || sals.length >= 50) {
      r.ledger.lose(
        path,
        sals.length >= 50
          ? 'livewell keeps 50 locations per service'
          : 'the service-at-location names no location id',
      );
      return;
    }
    if (salId.success) r.ledger.keep(at(path, 'id'));
    else r.note(path, 'defaulted', 'no service-at-location id: a stable one is derived');
    if (str(sal.location_id)) r.ledger.keep(at(path, 'location_id'));
    if (loc) {
      r.ledger.keep(at(at(path, 'location'), 'id'));
      const l = readLocation(r, loc, at(path, 'location'), locId.data, base);
      if (l && !locations.some((x) => x.id === l.id)) locations.push(l);
    }
    sals.push({
      id: salId.success ? salId.data : (stableUuid(`${id.data}|sal|${i}`) as RecordId),
      locationId: locId.data,
      schedules: readSchedules(sal.schedules, at(path, 'schedules')),
    });
  });
  const attrs = readAttributes(r, input);
  const modes: DeliveryMode[] = [...attrs.modes];
  if (modes.length === 0) {
    const types = objects(input.service_at_locations).map((s) =>
      isObject(s.location) ? str(s.location.location_type) : undefined,
    );
    if (types.some((t) => t !== 'virtual') && sals.length > 0) modes.push('in-person');
    if (types.includes('virtual')) modes.push('online');
    if (modes.length === 0)
      modes.push(sals.length === 0 && objects(input.phones).length > 0 ? 'phone' : 'in-person');
    objects(input.service_at_locations).forEach((s, i) => {
      if (isObject(s.location) && str(s.location.location_type))
        r.ledger.keep(at(at(at('service_at_locations', i), 'location'), 'location_type'));
    });
    r.note(
      'attributes',
      'derived',
      `delivery modes derived from the locations: ${modes.join(', ')}`,
    );
  }
  const support = {
    kind: attrs.kind ?? defaults.supportKind,
    formality: attrs.formality ?? defaults.supportFormality,
  };
  if (attrs.kind === undefined)
    r.note('attributes', 'defaulted', `no support_kind term: read as ${support.kind}`);
  if (attrs.formality === undefined)
    r.note('attributes', 'defaulted', `no support_formality term: read as ${support.formality}`);
  const routes = attrs.routes.length > 0 ? attrs.routes : [...defaults.referralRoutes];
  if (attrs.routes.length === 0)
    r.note('attributes', 'defaulted', `no referral_route term: read as ${routes.join(', ')}`);
  const area = readAreas(r, input);
  const writtenEligibility = text(input.eligibility_description);
  const eligibilityText = [writtenEligibility, ...area.texts]
    .filter((t): t is string => !!t)
    .join('\n');
  const eligibilityDescription = E.shape.description.safeParse(eligibilityText || undefined);
  if (eligibilityDescription.success) {
    if (writtenEligibility) r.ledger.keep('eligibility_description');
  } else {
    r.ledger.lose('eligibility_description', 'the eligibility text is over 2,000 characters');
    r.ledger.lose('service_areas', 'the eligibility text is over 2,000 characters');
  }
  let minAge = r.take(
    E.shape.minAge._zod.def.innerType,
    input.minimum_age,
    'minimum_age',
    'age in whole years',
  );
  let maxAge = r.take(
    E.shape.maxAge._zod.def.innerType,
    input.maximum_age,
    'maximum_age',
    'age in whole years',
  );
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) {
    r.ledger.lose('minimum_age', 'the minimum age is above the maximum');
    r.ledger.lose('maximum_age', 'the minimum age is above the maximum');
    minAge = undefined;
    maxAge = undefined;
  }
  // Top-level schedules naming a service-at-location (the ORUK form) belong to it.
  const schedules: Schedule[] = [];
  objects(input.schedules).forEach((h, i) => {
    const p = at('schedules', i);
    const salId = str(h.service_at_location_id);
    const sal = salId === undefined ? undefined : sals.find((x) => x.id === salId);
    if (!sal) {
      readInto(schedules, h, p);
      return;
    }
    if (readInto(sal.schedules, h, p)) r.ledger.keep(at(p, 'service_at_location_id'));
  });
  const description = r.take(
    S.description._zod.def.innerType,
    input.description,
    'description',
    'description',
  );
  const url = r.take(S.url._zod.def.innerType, input.url, 'url', 'web address');
  const email = r.take(S.email._zod.def.innerType, input.email, 'email', 'email address');
  const lastVerified = r.take(IsoDateSchema, input.assured_date, 'assured_date', 'date');
  const candidate = {
    ...base,
    id: id.data,
    organisationId,
    name: name.data,
    ...(description === undefined ? {} : { description }),
    ...(url === undefined ? {} : { url }),
    ...(email === undefined ? {} : { email }),
    status,
    needs: attrs.needs,
    conditions: attrs.conditions,
    support,
    deliveryModes: modes,
    referralRoutes: routes,
    eligibility: {
      ...(minAge === undefined ? {} : { minAge }),
      ...(maxAge === undefined ? {} : { maxAge }),
      conditions: attrs.eligibilityConditions,
      areas: area.areas,
      ...(eligibilityDescription.success && eligibilityDescription.data
        ? { description: eligibilityDescription.data }
        : {}),
    },
    cost: readCost(r, input, defaults),
    languages: readLanguages(r, input),
    accessibility: attrs.accessibility,
    contacts: readContacts(r, input, name.data),
    locations: sals,
    schedules,
    ...(lastVerified === undefined ? {} : { lastVerified }),
    ...(timetableUnknown ? { timetableUnknown: true } : {}),
  };
  const service = parseService(candidate);
  if (!service.ok)
    return fail(
      `The HSDS service does not fit livewell's model: ${service.error.message}`,
      service.error.issues,
    );
  const loss = r.ledger.report(input);
  return ok({
    service: service.value,
    ...(organisation ? { organisation } : {}),
    locations,
    notes: r.notes,
    loss,
  });
}
