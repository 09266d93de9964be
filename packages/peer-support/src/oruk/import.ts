import {
  AccessibilityFeatureSchema,
  type Coding,
  CodingSchema,
  type Contact,
  ContactSchema,
  type Cost,
  type DeliveryMode,
  DeliveryModeSchema,
  type DomainError,
  domainError,
  err,
  IsoDateSchema,
  LanguageTagSchema,
  type Location,
  LocationSchema,
  type Organisation,
  OrganisationSchema,
  ok,
  type ParseIssue,
  parseLocation,
  parseOrganisation,
  parseService,
  parseTenantId,
  type RecordId,
  RecordIdSchema,
  ReferralRouteSchema,
  type Result,
  readPlainJson,
  type Schedule,
  type Service,
  type ServiceArea,
  ServiceSchema,
  SupportFormalitySchema,
  SupportKindSchema,
  type TenantId,
} from '@livewell/core';
import type * as z from 'zod';
import { ORUK_IMPORT_DEFAULTS, type OrukImportDefaults } from './defaults.js';
import { ImportLedger, type OrukLoss } from './ledger.js';
import type { OrukNote } from './loss.js';
import { readPhone } from './phone.js';
import { isObject, num, objects, str } from './read.js';
import { importSchedule, ukZoneForOffset, type ZoneForOffset } from './schedule-import.js';
import { LINK_TYPES } from './taxonomy.js';
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

const LIVEWELL_LINKS = new Set<string>(Object.values(LINK_TYPES));

/** One import in progress: the ledger of kept paths and the notes. */
class Reading {
  readonly ledger = new ImportLedger();
  readonly notes: OrukNote[] = [];

  /** `value` read with `schema`; kept at `path` when valid, else reported and `undefined`. */
  take<S extends z.ZodType>(schema: S, value: unknown, path: string, what: string) {
    if (value === undefined || value === null) return undefined;
    const r = schema.safeParse(value);
    if (r.success) {
      this.ledger.keep(path);
      return r.data as z.output<S>;
    }
    this.ledger.lose(path, `not a valid ${what} for livewell`);
    return undefined;
  }

  note(path: string, code: OrukNote['code'], message: string): void {
    this.notes.push({ path, code, message });
  }
}

/** A string with something besides spaces in it, kept as written; else `undefined`. */
const text = (x: unknown): string | undefined => {
  const t = str(x);
  return t !== undefined && t.trim() !== '' ? t : undefined;
};

const at = (base: string, key: string | number) =>
  typeof key === 'number' ? `${base}[${key}]` : base === '' ? key : `${base}.${key}`;

const S = ServiceSchema.shape;
const E = S.eligibility;

/** A taxonomy term as a coding: `taxonomy` (or its id) is the system, `code` (or term, id) the code. */
function termCoding(r: Reading, term: Record<string, unknown>, path: string): Coding | undefined {
  const systemKey = ['taxonomy', 'taxonomy_id'].find((k) => str(term[k]));
  const codeKey = ['code', 'term', 'id'].find((k) => str(term[k]));
  if (!systemKey || !codeKey) return undefined;
  // The display: the description, else a name that is more than the code itself.
  const displayKey = ['description', 'name'].find(
    (k) => str(term[k]) && (k === 'description' || term[k] !== term[codeKey]),
  );
  const coding = CodingSchema.safeParse({
    system: term[systemKey],
    code: term[codeKey],
    ...(displayKey && term[displayKey] !== '' ? { display: term[displayKey] } : {}),
  });
  if (!coding.success) return undefined;
  for (const k of [systemKey, codeKey, ...(displayKey ? [displayKey] : [])])
    r.ledger.keep(at(path, k));
  return coding.data;
}

function readAttributes(r: Reading, input: Record<string, unknown>) {
  const out = {
    needs: [] as Coding[],
    conditions: [] as Coding[],
    eligibilityConditions: [] as Coding[],
    kind: undefined as Service['support']['kind'] | undefined,
    formality: undefined as Service['support']['formality'] | undefined,
    modes: [] as DeliveryMode[],
    routes: [] as Service['referralRoutes'],
    accessibility: [] as Service['accessibility'],
  };
  const seen = new Set<string>();
  objects(input.attributes).forEach((a, i) => {
    const path = at('attributes', i);
    const term = isObject(a.taxonomy_term) ? a.taxonomy_term : undefined;
    if (!term) {
      r.ledger.lose(path, 'an attribute without a taxonomy term is not read');
      return;
    }
    const linkType = str(a.link_type);
    const coding = termCoding(r, term, at(path, 'taxonomy_term'));
    if (!coding) {
      r.ledger.lose(path, 'the taxonomy term has no taxonomy and code livewell can hold');
      return;
    }
    const key = `${linkType}|${coding.system}|${coding.code}`;
    if (seen.has(key)) {
      r.ledger.lose(path, 'the same term is linked twice');
      return;
    }
    seen.add(key);
    const enumValue = <T>(schema: z.ZodType<T>): T | undefined => {
      const v = schema.safeParse(coding.code);
      if (!v.success) r.ledger.lose(path, `${coding.code} is not a livewell ${linkType} value`);
      return v.success ? v.data : undefined;
    };
    const limit = <T>(list: T[], value: T | undefined, max: number) => {
      if (value === undefined) return false;
      if (list.length >= max || list.includes(value)) {
        r.ledger.lose(path, `livewell keeps at most ${max} distinct ${linkType} values`);
        return false;
      }
      list.push(value);
      return true;
    };
    let kept = false;
    switch (linkType && LIVEWELL_LINKS.has(linkType) ? linkType : 'other') {
      case LINK_TYPES.need:
        kept = limit(out.needs, coding, 50);
        break;
      case LINK_TYPES.condition:
        kept = limit(out.conditions, coding, 50);
        break;
      case LINK_TYPES.eligibilityCondition:
        kept = limit(out.eligibilityConditions, coding, 50);
        break;
      case LINK_TYPES.supportKind: {
        const v = enumValue(SupportKindSchema);
        kept = v !== undefined && out.kind === undefined;
        if (kept) out.kind = v;
        break;
      }
      case LINK_TYPES.supportFormality: {
        const v = enumValue(SupportFormalitySchema);
        kept = v !== undefined && out.formality === undefined;
        if (kept) out.formality = v;
        break;
      }
      case LINK_TYPES.deliveryMode:
        kept = limit(out.modes, enumValue(DeliveryModeSchema), 3);
        break;
      case LINK_TYPES.referralRoute:
        kept = limit(out.routes, enumValue(ReferralRouteSchema), 2);
        break;
      case LINK_TYPES.accessibility:
        kept = limit(out.accessibility, enumValue(AccessibilityFeatureSchema), 20);
        break;
      default:
        // Any other taxonomy (a directory's service categories): what the service helps with.
        kept = limit(out.needs, coding, 50);
        if (kept) r.note(path, 'derived', `a ${linkType ?? 'untyped'} term read as a need`);
    }
    if (kept && linkType) r.ledger.keep(at(path, 'link_type'));
  });
  return out;
}

function areaOf(a: Record<string, unknown>): ServiceArea | undefined {
  const name = str(a.name) ?? 'Area';
  const extent = str(a.extent) ?? '';
  if (a.extent_type === 'livewell-postcode-prefixes') {
    return { kind: 'postcodes', name, prefixes: extent.split(',').filter((p) => p.length > 0) };
  }
  if (a.extent_type === 'livewell-radius-km') {
    try {
      const c: unknown = JSON.parse(extent);
      const lat = isObject(c) ? num(c.latitude) : undefined;
      const lon = isObject(c) ? num(c.longitude) : undefined;
      const km = isObject(c) ? num(c.radiusKm) : undefined;
      if (lat !== undefined && lon !== undefined && km !== undefined)
        return { kind: 'radius', name, centre: { latitude: lat, longitude: lon }, radiusKm: km };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Service areas: livewell's own forms are read; any other is kept as eligibility text. */
function readAreas(r: Reading, input: Record<string, unknown>) {
  const areas: ServiceArea[] = [];
  const texts: string[] = [];
  objects(input.service_areas).forEach((a, i) => {
    const path = at('service_areas', i);
    const area = areaOf(a);
    const parsed = area && E.shape.areas.element.safeParse(area);
    if (parsed?.success && areas.length < 50) {
      areas.push(parsed.data);
      for (const k of ['name', 'extent', 'extent_type', 'description']) r.ledger.keep(at(path, k));
      return;
    }
    const words = [str(a.name), str(a.description), str(a.service_area)].filter(
      (t, j, all): t is string => !!t && all.indexOf(t) === j,
    );
    if (words.length === 0) return;
    texts.push(`Service area: ${words.join(' — ')}`);
    for (const k of ['name', 'description', 'service_area'])
      if (str(a[k])) r.ledger.keep(at(path, k));
    r.ledger.lose(
      at(path, 'extent'),
      `livewell reads postcode-prefix and radius areas only: this ${str(a.extent_type) ?? 'untyped'} extent is kept as eligibility text`,
    );
    r.note(path, 'derived', 'service area kept as text in the eligibility description');
  });
  return { areas, texts };
}

function readCost(r: Reading, input: Record<string, unknown>, defaults: OrukImportDefaults): Cost {
  const options = objects(input.cost_options);
  options.slice(1).forEach((_, i) => {
    r.ledger.lose(at('cost_options', i + 1), 'livewell keeps one cost option (the first)');
  });
  const first = options[0];
  if (!first) {
    r.note('cost_options', 'cost-unknown', 'no cost option: cost unknown (not read as free)');
    return { kind: 'unknown' };
  }
  const path = 'cost_options[0]';
  const amount = num(first.amount);
  if (amount === undefined || amount < 0) {
    r.ledger.lose(path, 'the cost option has no amount: cost unknown');
    r.note(path, 'cost-unknown', 'the cost option has no amount: cost unknown');
    return { kind: 'unknown' };
  }
  r.ledger.keep(at(path, 'amount'));
  if (amount === 0) return { kind: 'free' };
  const written = str(first.currency)?.trim().toUpperCase();
  const currency = written && /^[A-Z]{3}$/.test(written) ? written : defaults.currency;
  if (written === currency) r.ledger.keep(at(path, 'currency'));
  else r.note(path, 'defaulted', `no readable currency: amounts read in ${currency}`);
  const per = str(first.amount_description);
  const cost = { kind: 'paid' as const, amount, currency, ...(per ? { per } : {}) };
  const parsed = S.cost.safeParse(cost);
  if (!parsed.success) {
    r.ledger.lose(path, 'the cost option is out of livewell’s range: cost unknown');
    return { kind: 'unknown' };
  }
  if (per) r.ledger.keep(at(path, 'amount_description'));
  return parsed.data;
}

function readContacts(r: Reading, input: Record<string, unknown>, serviceName: string): Contact[] {
  const out: Contact[] = [];
  const add = (path: string, contact: Contact, kept: string[]) => {
    const parsed = ContactSchema.safeParse(contact);
    if (!parsed.success || out.length >= 20) {
      r.ledger.lose(
        path,
        out.length >= 20 ? 'livewell keeps 20 contacts' : 'not a contact livewell can hold',
      );
      return;
    }
    out.push(parsed.data);
    for (const k of kept) r.ledger.keep(k);
  };
  const phoneOf = (phones: unknown, base: string) => {
    for (const [j, p] of objects(phones).entries()) {
      const number = str(p.number);
      const read = number === undefined ? undefined : readPhone(number);
      if (read) {
        objects(phones).forEach((_, k) => {
          if (k !== j) r.ledger.lose(at(base, k), 'livewell keeps one phone number per contact');
        });
        return { phone: read, path: at(at(base, j), 'number') };
      }
      r.ledger.lose(at(at(base, j), 'number'), 'not a phone number livewell can hold');
    }
    return undefined;
  };
  objects(input.contacts).forEach((c, i) => {
    const path = at('contacts', i);
    const kept: string[] = [];
    const name = text(c.name);
    const title = str(c.title);
    if (name) kept.push(at(path, 'name'));
    else r.note(path, 'defaulted', 'a contact with no name is named after the service');
    const email = ContactSchema.shape.email.safeParse(c.email);
    if (c.email !== undefined && email.success && email.data) kept.push(at(path, 'email'));
    else if (c.email !== undefined)
      r.ledger.lose(at(path, 'email'), 'not an email address livewell can hold');
    if (title) kept.push(at(path, 'title'));
    const phone = phoneOf(c.phones, at(path, 'phones'));
    if (phone) kept.push(phone.path);
    add(
      path,
      {
        name: (name || serviceName).slice(0, 200),
        ...(title ? { title: title.slice(0, 200) } : {}),
        ...(email.success && email.data ? { email: email.data } : {}),
        ...(phone ? { phone: phone.phone } : {}),
      },
      kept,
    );
  });
  objects(input.phones).forEach((p, i) => {
    const path = at('phones', i);
    const number = str(p.number);
    const phone = number === undefined ? undefined : readPhone(number);
    if (!phone) {
      r.ledger.lose(at(path, 'number'), 'not a phone number livewell can hold');
      return;
    }
    r.note(path, 'derived', 'the service phone is kept as a contact named after the service');
    add(path, { name: serviceName.slice(0, 200), phone }, [at(path, 'number')]);
  });
  return out;
}

function readLanguages(r: Reading, input: Record<string, unknown>): string[] {
  const out: string[] = [];
  objects(input.languages).forEach((l, i) => {
    const path = at('languages', i);
    const code = str(l.code)?.trim();
    if (code === undefined) return;
    const [head, ...rest] = code.split('-');
    const tag = [head?.toLowerCase(), ...rest].join('-');
    if (!LanguageTagSchema.safeParse(tag).success) {
      r.ledger.lose(at(path, 'code'), 'not a BCP 47 language code');
      return;
    }
    if (out.includes(tag)) {
      r.ledger.lose(at(path, 'code'), 'the language is listed twice');
      return;
    }
    if (out.length >= 30) {
      r.ledger.lose(at(path, 'code'), 'livewell keeps 30 languages');
      return;
    }
    out.push(tag);
    r.ledger.keep(at(path, 'code'));
  });
  return out;
}

const FEATURES = new Map(
  AccessibilityFeatureSchema.options.map((f) => [f.replace(/-/g, ' '), f] as const),
);

/** A location's accessibility: livewell features when named exactly, else the text itself. */
function readAccessibility(r: Reading, loc: Record<string, unknown>, path: string) {
  const features: Location['accessibility'] = [];
  const texts: string[] = [];
  objects(loc.accessibility).forEach((a, i) => {
    const base = at(at(path, 'accessibility'), i);
    for (const k of ['description', 'details', 'accessibility']) {
      const t = text(a[k]);
      if (!t) continue;
      const feature = FEATURES.get(t.trim().toLowerCase().replace(/-/g, ' '));
      if (feature && !features.includes(feature)) features.push(feature);
      else if (!feature && !texts.includes(t)) texts.push(t);
      r.ledger.keep(at(base, k));
    }
  });
  const notes = texts.join('\n');
  return { features, ...(notes ? { notes: notes.slice(0, 5000) } : {}) };
}

function readLocation(
  r: Reading,
  loc: Record<string, unknown>,
  path: string,
  id: RecordId,
  base: { schemaVersion: 1; tenantId: TenantId },
): Location | undefined {
  const L = LocationSchema.shape;
  const addresses = objects(loc.addresses);
  const chosen = Math.max(
    0,
    addresses.findIndex((a) => a.address_type === 'physical'),
  );
  addresses.forEach((_, i) => {
    if (i !== chosen)
      r.ledger.lose(at(at(path, 'addresses'), i), 'livewell keeps one address per location');
  });
  const address = addresses[chosen] ?? {};
  const apath = at(at(path, 'addresses'), chosen);
  const line = L.address.shape.lines.element;
  const lines = ['address_1', 'address_2', 'address_3', 'address_4']
    .map((k) => {
      const t = text(address[k]);
      return t ? r.take(line, t, at(apath, k), 'address line') : undefined;
    })
    .filter((l): l is string => l !== undefined);
  const city = text(address.city);
  const postcode = text(address.postal_code);
  const lat = num(loc.latitude);
  const lon = num(loc.longitude);
  const point = L.address.shape.point.safeParse(
    lat === undefined || lon === undefined ? undefined : { latitude: lat, longitude: lon },
  );
  if (point.success && point.data) {
    r.ledger.keep(at(path, 'latitude'));
    r.ledger.keep(at(path, 'longitude'));
  } else if (lat !== undefined || lon !== undefined) {
    r.ledger.lose(at(path, 'latitude'), 'not a point on the map');
    r.ledger.lose(at(path, 'longitude'), 'not a point on the map');
  }
  const name = text(loc.name);
  if (name) r.ledger.keep(at(path, 'name'));
  else r.note(path, 'defaulted', 'a location with no name is named "Location"');
  const access = readAccessibility(r, loc, path);
  const organisationId = r.take(
    RecordIdSchema,
    loc.organization_id,
    at(path, 'organization_id'),
    'organisation id',
  );
  const description = r.take(
    L.description.unwrap(),
    loc.description,
    at(path, 'description'),
    'description',
  );
  const candidate: Location = {
    ...base,
    id,
    ...(organisationId ? { organisationId } : {}),
    name: (name || 'Location').slice(0, 300),
    ...(description ? { description } : {}),
    address: {
      lines,
      ...(city
        ? { city: r.take(L.address.shape.city.unwrap(), city, at(apath, 'city'), 'city') }
        : {}),
      ...(postcode
        ? {
            postcode: r.take(
              L.address.shape.postcode.unwrap(),
              postcode,
              at(apath, 'postal_code'),
              'postcode',
            ),
          }
        : {}),
      ...(point.success && point.data ? { point: point.data } : {}),
    },
    accessibility: access.features,
    ...(access.notes ? { accessibilityNotes: access.notes } : {}),
  };
  const parsed = parseLocation(JSON.parse(JSON.stringify(candidate)));
  if (!parsed.ok) {
    r.ledger.lose(path, `the location does not fit livewell's model: ${parsed.error.message}`);
    return undefined;
  }
  return parsed.value;
}

function readOrganisation(
  r: Reading,
  org: Record<string, unknown>,
  base: { schemaVersion: 1; tenantId: TenantId },
): Organisation | undefined {
  const O = OrganisationSchema.shape;
  const id = r.take(RecordIdSchema, org.id, 'organization.id', 'organisation id');
  const name = r.take(O.name, text(org.name), 'organization.name', 'organisation name');
  if (!id || !name) {
    r.ledger.lose('organization', 'an organisation needs an id and a name');
    return undefined;
  }
  const description = text(org.description)
    ? r.take(O.description.unwrap(), org.description, 'organization.description', 'description')
    : undefined;
  const email = r.take(O.email.unwrap(), org.email, 'organization.email', 'email address');
  const website = r.take(O.website.unwrap(), org.website, 'organization.website', 'web address');
  const parsed = parseOrganisation({
    ...base,
    id,
    name,
    ...(description ? { description } : {}),
    ...(email ? { email } : {}),
    ...(website ? { website } : {}),
  });
  return parsed.ok ? parsed.value : undefined;
}

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
    E.shape.minAge.unwrap(),
    input.minimum_age,
    'minimum_age',
    'age in whole years',
  );
  let maxAge = r.take(
    E.shape.maxAge.unwrap(),
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
    S.description.unwrap(),
    input.description,
    'description',
    'description',
  );
  const url = r.take(S.url.unwrap(), input.url, 'url', 'web address');
  const email = r.take(S.email.unwrap(), input.email, 'email', 'email address');
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
