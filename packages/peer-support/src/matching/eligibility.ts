import {
  type GeoPoint,
  type IsoDate,
  type IsoInstant,
  localDateOf,
  type Person,
  type Service,
  type ServiceArea,
  sameCoding,
} from '@livewell/core';
import { distanceKm } from '../search/geo.js';

/** Where the person is, for distance and area checks (an `Address` fits). */
export interface PersonPlace {
  readonly point?: GeoPoint | undefined;
  readonly postcode?: string | undefined;
}

/** Whether a person may use a service: yes, no (with why), or unknown (with what to check). */
export type EligibilityVerdict =
  | { readonly status: 'eligible' }
  | { readonly status: 'ineligible'; readonly reason: string }
  | { readonly status: 'check'; readonly reason: string };

/** Whole years of age on the local date of `now`. */
export function ageOn(birthDate: IsoDate, now: IsoInstant): number {
  const today = localDateOf(now);
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

const normalisePostcode = (p: string) => p.toUpperCase().replace(/\s+/g, ' ').trim();

/** A full postcode in standard form: upper case, one space before the inward code. */
function standardPostcode(postcode: string): string {
  const p = normalisePostcode(postcode);
  return p.includes(' ') || p.length < 5 ? p : `${p.slice(0, -3)} ${p.slice(-3)}`;
}

function outwardOf(postcode: string): string {
  const p = standardPostcode(postcode);
  const space = p.indexOf(' ');
  return space >= 0 ? p.slice(0, space) : p.slice(0, Math.max(0, p.length - 3));
}

/**
 * True when the postcode lies in the prefix: `LS` (a postcode area) matches `LS6 1AB` but not
 * `L1 8JQ`; `LS6` (a district) matches `LS6 1AB` but not `LS61 …`; `LS6 1` matches by sector.
 */
export function postcodeInPrefix(postcode: string, prefix: string): boolean {
  const p = standardPostcode(postcode);
  const x = normalisePostcode(prefix);
  if (x.includes(' ')) return p.startsWith(x);
  const outward = outwardOf(p);
  if (/^[A-Z]+$/.test(x)) return outward.replace(/[0-9].*$/, '') === x;
  return outward === x;
}

function inArea(area: ServiceArea, place: PersonPlace): boolean | undefined {
  if (area.kind === 'postcodes') {
    return place.postcode === undefined
      ? undefined
      : area.prefixes.some((x) => postcodeInPrefix(place.postcode as string, x));
  }
  return place.point === undefined
    ? undefined
    : distanceKm(place.point, area.centre) <= area.radiusKm;
}

/**
 * Checks a service's eligibility rules (age, condition, area) for a person at `place` on
 * `now`. Missing facts (no postcode for a postcode area) give `check`, never a silent pass.
 */
export function checkEligibility(
  service: Service,
  person: Person,
  place: PersonPlace,
  now: IsoInstant,
): EligibilityVerdict {
  const e = service.eligibility;
  const age = ageOn(person.birthDate, now);
  // An unreadable `now` (or birth date) is a missing fact, never a silent pass of an age rule.
  if (Number.isNaN(age) && (e.minAge !== undefined || e.maxAge !== undefined)) {
    return { status: 'check', reason: 'check their age' };
  }
  if (e.minAge !== undefined && age < e.minAge) {
    return { status: 'ineligible', reason: `for people aged ${e.minAge} and over` };
  }
  if (e.maxAge !== undefined && age > e.maxAge) {
    return { status: 'ineligible', reason: `for people aged up to ${e.maxAge}` };
  }
  if (
    e.conditions.length > 0 &&
    !e.conditions.some((c) => person.conditions.some((p) => sameCoding(c, p)))
  ) {
    const names = e.conditions.map((c) => c.display ?? c.code).join(' or ');
    return { status: 'ineligible', reason: `for people living with ${names}` };
  }
  if (e.areas.length > 0) {
    const answers = e.areas.map((a) => inArea(a, place));
    if (answers.includes(true)) return { status: 'eligible' };
    const names = e.areas.map((a) => a.name).join(', ');
    if (answers.includes(undefined))
      return { status: 'check', reason: `check they live in ${names}` };
    return { status: 'ineligible', reason: `only for people living in ${names}` };
  }
  return { status: 'eligible' };
}
