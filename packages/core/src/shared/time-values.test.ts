import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTimeZone } from '../time/zone-name.js';
import { parseIsoInstant, parseTimeZone } from './parsers.js';

describe('IANA time zones', () => {
  it('accepts real zones, as the tz database spells them', () => {
    for (const zone of [
      'Europe/London',
      'UTC',
      'Etc/GMT+5',
      'America/Argentina/Buenos_Aires',
      'Asia/Kolkata',
      'America/Port-au-Prince',
    ]) {
      expect(parseTimeZone(zone).ok, zone).toBe(true);
    }
  });

  it('refuses unknown zones, other spellings and offsets', () => {
    for (const zone of [
      'Europe/Londn',
      'europe/london',
      'utc',
      '+01:00',
      'GMT+1',
      'Mars/Olympus',
      '',
    ]) {
      expect(parseTimeZone(zone).ok, zone).toBe(false);
    }
  });

  it('accepts every zone the runtime lists, and answers the same when asked again (cache)', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    fc.assert(
      fc.property(fc.constantFrom(...zones), (zone) => {
        expect(isTimeZone(zone)).toBe(true);
        expect(isTimeZone(zone)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any zone name Intl does not know', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (name) => {
        let known = true;
        try {
          new Intl.DateTimeFormat('en-GB', { timeZone: name });
        } catch {
          known = false;
        }
        if (!known) expect(isTimeZone(name)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('ISO instants are strict', () => {
  it('refuses words, dates, missing seconds or zones, and impossible dates', () => {
    for (const v of [
      'yesterday',
      'now',
      '2026-11-29',
      '2026-11-29T10:00Z',
      '2026-11-29T10:00:00',
      '2026-02-30T10:00:00Z',
      '2026-13-01T10:00:00Z',
      '2026-11-29T24:00:00Z',
      '2026-11-29T10:00:00+0100',
      1_764_410_400_000,
    ]) {
      expect(parseIsoInstant(v).ok, String(v)).toBe(false);
    }
    for (const v of [
      '2026-11-29T10:00:00Z',
      '2026-11-29T10:00:00.250Z',
      '2026-06-01T10:00:00+01:00',
    ]) {
      expect(parseIsoInstant(v).ok, v).toBe(true);
    }
  });

  it('every accepted instant is one Date can read', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.date({ noInvalidDate: true }), (s, d) => {
        for (const v of [s, d.toISOString()]) {
          if (parseIsoInstant(v).ok) expect(Number.isFinite(Date.parse(v))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
