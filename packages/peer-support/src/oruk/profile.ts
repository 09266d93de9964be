import type { OrukNote } from './loss.js';

type Shape = { readonly [key: string]: Shape | true };

const TERM: Shape = {
  id: true,
  name: true,
  description: true,
  parent_id: true,
  taxonomy: true,
  taxonomy_id: true,
  term_uri: true,
  term: true,
};
const ATTRIBUTE: Shape = {
  id: true,
  link_id: true,
  taxonomy_term_id: true,
  link_type: true,
  taxonomy_term: TERM,
};

/**
 * The fields the Open Referral UK profile defines for the nested `service` payload (its
 * compiled service schema), as a tree of allowed keys; arrays are described by their items.
 */
export const ORUK_SERVICE_SHAPE: Shape = {
  id: true,
  organization_id: true,
  name: true,
  description: true,
  url: true,
  email: true,
  status: true,
  fees: true,
  accreditations: true,
  minimum_age: true,
  maximum_age: true,
  assured_date: true,
  assurer_email: true,
  alert: true,
  last_modified: true,
  schedules: {
    id: true,
    service_id: true,
    service_at_location_id: true,
    valid_from: true,
    valid_to: true,
    dtstart: true,
    freq: true,
    interval: true,
    byday: true,
    bymonthday: true,
    description: true,
    opens_at: true,
    closes_at: true,
    schedule_link: true,
    attending_type: true,
    notes: true,
  },
  service_areas: {
    id: true,
    service_id: true,
    name: true,
    extent: true,
    extent_type: true,
    uri: true,
    service_area: true,
  },
  service_at_locations: {
    id: true,
    service_id: true,
    location_id: true,
    location: {
      id: true,
      location_type: true,
      name: true,
      description: true,
      latitude: true,
      longitude: true,
      external_identifier: true,
      external_identifier_type: true,
      addresses: {
        id: true,
        location_id: true,
        attention: true,
        address_1: true,
        city: true,
        region: true,
        state_province: true,
        postal_code: true,
        country: true,
        address_type: true,
        attributes: ATTRIBUTE,
      },
      accessibility: {
        id: true,
        location_id: true,
        description: true,
        details: true,
        url: true,
        attributes: ATTRIBUTE,
        accessibility: true,
      },
      attributes: ATTRIBUTE,
    },
  },
  languages: { id: true, service_id: true, phone_id: true },
  organization: {
    id: true,
    name: true,
    description: true,
    email: true,
    website: true,
    logo: true,
    uri: true,
    parent_organization_id: true,
    organization_identifiers: {
      id: true,
      organization_id: true,
      identifier_scheme: true,
      identifier_type: true,
      identifier: true,
      attributes: ATTRIBUTE,
    },
    attributes: ATTRIBUTE,
  },
  funding: { id: true, service_id: true, source: true },
  cost_options: {
    id: true,
    service_id: true,
    valid_from: true,
    valid_to: true,
    option: true,
    amount: true,
    amount_description: true,
  },
  contacts: { id: true, service_id: true, name: true, title: true, attributes: ATTRIBUTE },
  attributes: ATTRIBUTE,
};

/**
 * `value` with only the keys `shape` allows; each key removed is noted (`not-in-profile`) and,
 * when `removed` is given, recorded there by path with its value.
 */
export function restrictTo(
  shape: Shape,
  value: unknown,
  path: string,
  notes: OrukNote[],
  removed?: Record<string, unknown>,
): unknown {
  if (Array.isArray(value))
    return value.map((v, i) => restrictTo(shape, v, `${path}[${i}]`, notes, removed));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const where = path === '' ? k : `${path}.${k}`;
    const allowed = shape[k];
    if (allowed === undefined) {
      notes.push({
        path: where,
        code: 'not-in-profile',
        message: `the ORUK profile has no ${k} here: not written`,
      });
      if (removed) removed[where] = v;
    } else out[k] = allowed === true ? v : restrictTo(allowed, v, where, notes, removed);
  }
  return out;
}
