import type { Person, PersonId, TenantId } from '@livewell/core';
import { err, ok } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { exampleDirectory } from '../directory/example-directory.js';
import { createSearchIndex } from '../search/search-index.js';
import { type Geocoder, locatePlace, normalisePostcode, tableGeocoder } from './geocoder.js';
import { suggestServices, suggestServicesNear } from './suggest.js';

const tenantId = 'tenant-1' as TenantId;
const index = createSearchIndex(exampleDirectory(tenantId, '2026-11-01')); // a Leeds directory
const now = '2026-11-29T12:00:00Z';
const westminster = { latitude: 51.501, longitude: -0.1416 };
const geocoder = tableGeocoder({
  SW1A1AA: westminster,
  'LS6 3HU': { latitude: 53.8215, longitude: -1.5723 },
});

/** A Londoner with a postcode but no map point (issue 15). */
const sam: Person = {
  schemaVersion: 1,
  id: 'p-9' as PersonId,
  tenantId,
  name: { given: 'Sam', family: 'Reed' },
  birthDate: '1970-05-05',
  conditions: [],
  communication: { format: 'standard', language: 'en', channel: 'app', interpreterNeeded: false },
  carers: [],
  consentToShare: true,
  address: { lines: ['1 The Mall'], postcode: 'SW1A 1AA' },
};

const walkingOf = (list: readonly { service: { id: string }; distance: string }[]) =>
  list.find((s) => s.service.id === 'svc-walking');

describe('a postcode but no map point (issue 15: London person, Leeds walking group)', () => {
  it('with a geocoder: measures from the postcode, so the Leeds group is not offered', async () => {
    const r = await suggestServicesNear(index, sam, ['lose weight'], now, { geocoder });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.located).toBe('geocoded');
    expect(walkingOf(r.value.suggestions)).toBeUndefined();
    expect(r.value.suggestions.every((s) => s.distance === 'not-needed')).toBe(true);
  });

  it('without a point to be had: the Leeds group is marked distance unknown, never as near', async () => {
    const unknownPostcode = { ...sam, address: { lines: ['1 The Mall'], postcode: 'ZZ9 9ZZ' } };
    const r = await suggestServicesNear(index, unknownPostcode, ['lose weight'], now, { geocoder });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.located).toBe('unknown');
    expect(r.value.geocodeError?.code).toBe('unknown-postcode');
    const walking = walkingOf(r.value.suggestions);
    expect(walking?.distance).toBe('unknown');
    const s = r.value.suggestions.find((x) => x.service.id === 'svc-walking');
    expect(s?.distanceKm).toBeUndefined();
    expect(s?.summary).toContain('distance unknown');
    expect(s?.reasons).toContain('distance unknown: no map point to measure from');
    // Ranked after every service known to be within reach, and scored without proximity.
    const order = r.value.suggestions.map((x) => x.distance);
    expect(order.indexOf('unknown')).toBeGreaterThan(order.lastIndexOf('not-needed'));
    const jo = { ...sam, address: { lines: [], postcode: 'LS6 3HU' } };
    const near = await suggestServicesNear(index, jo, ['lose weight'], now, { geocoder });
    const nearWalking = near.ok
      ? near.value.suggestions.find((x) => x.service.id === 'svc-walking')
      : undefined;
    expect(nearWalking?.distance).toBe('known');
    expect(s?.score).toBeLessThan(nearWalking?.score ?? 0);
  });

  it('the synchronous suggestServices marks the same case without a geocoder', () => {
    const r = suggestServices(index, sam, ['lose weight'], undefined, now);
    if (!r.ok) throw new Error(r.error.message);
    const walking = r.value.find((x) => x.service.id === 'svc-walking');
    expect(walking?.distance).toBe('unknown');
  });
});

describe('the Geocoder port', () => {
  it('matches postcodes in any spacing and case, and names an unknown one', async () => {
    expect(normalisePostcode(' sw1a1aa ')).toBe('SW1A 1AA');
    expect(await geocoder.locate('sw1a 1aa')).toEqual(ok(westminster));
    const r = await geocoder.locate('ZZ9 9ZZ');
    expect(r.ok ? 'ok' : r.error.code).toBe('unknown-postcode');
  });

  it('takes a failing geocoder as no point, never a rejection', async () => {
    const broken: Geocoder = { locate: () => Promise.reject(new Error('down')) };
    const place = await locatePlace({ postcode: 'SW1A 1AA' }, broken);
    expect(place.located).toBe('unknown');
    expect(place.geocodeError?.code).toBe('geocoder-unavailable');
    const given = await locatePlace({ point: westminster, postcode: 'X' }, broken);
    expect(given.located).toBe('given');
    const refused: Geocoder = {
      locate: async () => err({ code: 'unknown-postcode', message: 'no' }),
    };
    expect((await locatePlace({ postcode: 'SW1A 1AA' }, refused)).located).toBe('unknown');
  });
});
