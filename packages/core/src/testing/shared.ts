import fc from 'fast-check';
import type { Actor, PractitionerRole } from '../shared/actor.js';
import type { Coding } from '../shared/coding.js';
import type { Address, GeoPoint } from '../shared/geo.js';
import type { CarerId, PersonId, PractitionerId, RecordId, TenantId } from '../shared/ids.js';
import type { IsoDate, IsoInstant, LocalTime, Period, TimeZone } from '../shared/time-values.js';

const idChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_'.split(''));

/** Any valid id string (letters, digits, `-`, `_`; starts alphanumeric). */
export const idStringArb = fc
  .tuple(
    fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split('')),
    fc.string({ unit: idChars, maxLength: 24 }),
  )
  .map(([first, rest]) => first + rest);

const tenantChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'.split(''));
const tenantEnds = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));

/**
 * A tenant id in the tenant grammar (lower-case letters, digits and `-`, 1–63 characters,
 * starting and ending with a letter or digit). Short ids make prefix collisions (`t1` / `t10`)
 * likely, on purpose.
 */
export const tenantIdArb: fc.Arbitrary<TenantId> = fc
  .tuple(
    tenantEnds,
    fc.option(fc.tuple(fc.string({ unit: tenantChars, maxLength: 20 }), tenantEnds)),
  )
  .map(([first, rest]) => (rest === null ? first : `${first}${rest[0]}${rest[1]}`) as TenantId);
/** A person id. */
export const personIdArb: fc.Arbitrary<PersonId> = idStringArb.map((s) => s as PersonId);
/** A practitioner id. */
export const practitionerIdArb: fc.Arbitrary<PractitionerId> = idStringArb.map(
  (s) => s as PractitionerId,
);
/** A carer id. */
export const carerIdArb: fc.Arbitrary<CarerId> = idStringArb.map((s) => s as CarerId);
/** A record id. */
export const recordIdArb: fc.Arbitrary<RecordId> = idStringArb.map((s) => s as RecordId);

const MIN_MS = Date.UTC(2000, 0, 1);
const MAX_MS = Date.UTC(2040, 11, 31);

/** An instant between 2000 and 2040, in UTC `Z` form (whole seconds). */
export const isoInstantArb: fc.Arbitrary<IsoInstant> = fc
  .integer({ min: MIN_MS / 1000, max: MAX_MS / 1000 })
  .map((s) => `${new Date(s * 1000).toISOString().slice(0, 19)}Z`);

/** A calendar date between 1920 and 2040. */
export const isoDateArb: fc.Arbitrary<IsoDate> = fc
  .integer({ min: Date.UTC(1920, 0, 1) / 86_400_000, max: MAX_MS / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

/** A wall-clock time `HH:MM`. */
export const localTimeArb: fc.Arbitrary<LocalTime> = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** A few real IANA zones, London first. */
export const timeZoneArb: fc.Arbitrary<TimeZone> = fc.constantFrom(
  'Europe/London',
  'UTC',
  'Europe/Paris',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Sydney',
);

/** Non-empty human text including unicode; never only whitespace. */
export const textArb = (maxLength = 80): fc.Arbitrary<string> =>
  fc.string({ minLength: 1, maxLength, unit: 'grapheme' }).filter((s) => s.trim().length > 0);

/** A SNOMED CT or LOINC coding. */
export const codingArb: fc.Arbitrary<Coding> = fc.record(
  {
    system: fc.constantFrom('http://snomed.info/sct', 'http://loinc.org'),
    code: fc.stringMatching(/^[0-9]{4,12}(-[0-9])?$/),
    display: textArb(60),
  },
  { requiredKeys: ['system', 'code'] },
);

/** A period with optional ends, start never after end. */
export const periodArb: fc.Arbitrary<Period> = fc
  .tuple(fc.option(isoInstantArb, { nil: undefined }), fc.option(isoInstantArb, { nil: undefined }))
  .map(([a, b]) => {
    const period: Period = {};
    const [start, end] = a && b && a > b ? [b, a] : [a, b];
    if (start) period.start = start;
    if (end) period.end = end;
    return period;
  });

/** A practitioner role. */
export const practitionerRoleArb: fc.Arbitrary<PractitionerRole> = fc.constantFrom(
  'gp',
  'nurse',
  'healthcare-assistant',
  'pharmacist',
  'health-coach',
  'link-worker',
  'receptionist',
  'peer-supporter',
);

/** Any actor. */
export const actorArb: fc.Arbitrary<Actor> = fc.oneof(
  personIdArb.map((personId): Actor => ({ kind: 'person', personId })),
  fc
    .tuple(carerIdArb, personIdArb)
    .map(([carerId, onBehalfOf]): Actor => ({ kind: 'carer', carerId, onBehalfOf })),
  fc
    .tuple(practitionerIdArb, practitionerRoleArb)
    .map(([practitionerId, role]): Actor => ({ kind: 'practitioner', practitionerId, role })),
  textArb(40).map((name): Actor => ({ kind: 'system', name })),
);

/** A point in Great Britain. */
export const geoPointArb: fc.Arbitrary<GeoPoint> = fc
  .record({
    latitude: fc.double({ min: 49.9, max: 58.7, noNaN: true }),
    longitude: fc.double({ min: -6.4, max: 1.8, noNaN: true }),
  })
  // JSON has no negative zero: keep values that survive a JSON round trip.
  .map(({ latitude, longitude }) => ({ latitude: latitude + 0, longitude: longitude + 0 }));

/** A postal address. */
export const addressArb: fc.Arbitrary<Address> = fc.record(
  {
    lines: fc.array(textArb(60), { maxLength: 3 }),
    city: textArb(40),
    postcode: fc.stringMatching(/^[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}$/),
    point: geoPointArb,
  },
  { requiredKeys: ['lines'] },
);
