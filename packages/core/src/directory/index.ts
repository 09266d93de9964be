// The directory area of the domain vocabulary (aligned to HSDS 3.0 / Open Referral UK).
import { LocationSchema } from './location.js';
import { OrganisationSchema } from './organisation.js';
import { ScheduleSchema } from './schedule.js';
import { ServiceSchema } from './service.js';
import { SessionPlacesSchema } from './session-places.js';

export * from './eligibility.js';
export * from './location.js';
export * from './offer.js';
export * from './organisation.js';
export * from './parsers.js';
export * from './schedule.js';
export * from './service.js';
export * from './vocabulary.js';

/** The directory area's top-level schemas, by name (for JSON Schema export and tests). */
export const directorySchemas = {
  Organisation: OrganisationSchema,
  Location: LocationSchema,
  Service: ServiceSchema,
  Schedule: ScheduleSchema,
  SessionPlaces: SessionPlacesSchema,
} as const;
