/** The parts of an HSDS 3.0 taxonomy term livewell reads and writes. */
export interface HsdsTaxonomyTerm {
  id: string;
  code?: string;
  /** The ORUK profile's name for the code. */
  term?: string;
  name: string;
  description: string;
  taxonomy?: string;
}

/** An HSDS 3.0 attribute: links the service to a taxonomy term under a `link_type`. */
export interface HsdsAttribute {
  id: string;
  link_id?: string;
  link_type?: string;
  link_entity?: string;
  taxonomy_term_id?: string;
  value?: string;
  taxonomy_term?: HsdsTaxonomyTerm;
}

/** An HSDS 3.0 schedule (RFC 5545-style rule with a fixed UTC offset). */
export interface HsdsSchedule {
  id: string;
  service_id?: string;
  service_at_location_id?: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  timezone?: number;
  until?: string;
  count?: number;
  wkst?: string;
  freq?: string;
  interval?: number;
  byday?: string;
  bymonthday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  notes?: string;
}

/** An HSDS 3.0 address. */
export interface HsdsAddress {
  id: string;
  location_id?: string;
  address_1: string;
  address_2?: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: string;
}

/** An HSDS 3.0 location. */
export interface HsdsLocation {
  id: string;
  location_type: string;
  organization_id?: string;
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  addresses?: HsdsAddress[];
  accessibility?: { id: string; location_id?: string; description?: string; details?: string }[];
}

/** An HSDS 3.0 service-at-location. */
export interface HsdsServiceAtLocation {
  id: string;
  service_id?: string;
  location_id?: string;
  schedules?: HsdsSchedule[];
  location?: HsdsLocation;
}

/** An HSDS 3.0 organisation (inside the service payload). */
export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
}

/** The nested HSDS 3.0 `service` payload (`GET /services/{id}`), as far as livewell uses it. */
export interface HsdsService {
  id: string;
  organization_id?: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  fees_description?: string;
  schedules?: HsdsSchedule[];
  service_areas?: {
    id: string;
    service_id?: string;
    name?: string;
    description?: string;
    extent?: string;
    extent_type?: string;
  }[];
  service_at_locations?: HsdsServiceAtLocation[];
  languages?: { id: string; service_id?: string; code?: string; name?: string }[];
  organization?: HsdsOrganization;
  cost_options?: {
    id: string;
    service_id?: string;
    option?: string;
    currency?: string;
    amount?: number;
    amount_description?: string;
  }[];
  contacts?: {
    id: string;
    service_id?: string;
    name?: string;
    title?: string;
    email?: string;
    phones?: { id: string; number: string }[];
  }[];
  attributes?: HsdsAttribute[];
  /** livewell's extras, when asked for (see `LIVEWELL_EXTENSIONS`). */
  livewell_extensions?: { namespace: string; fields: Record<string, unknown> };
}
