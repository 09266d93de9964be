// The directory area of the domain vocabulary (aligned to HSDS 3.0 / Open Referral UK).
import { LocationSchema } from './location.js';
import { OrganisationSchema } from './organisation.js';
import { ScheduleSchema } from './schedule.js';
import { ServiceSchema } from './service.js';
import { SessionPlacesSchema } from './session-places.js';

export type { Eligibility, ServiceArea } from './eligibility.js';
export { EligibilitySchema, ServiceAreaSchema } from './eligibility.js';
export type { Location } from './location.js';
export { LocationSchema } from './location.js';
export type { Capacity, Contact, Cost } from './offer.js';
export { CapacitySchema, ContactSchema, CostSchema } from './offer.js';
export type { Organisation } from './organisation.js';
export { OrganisationSchema } from './organisation.js';
export {
  parseLocation,
  parseOrganisation,
  parseSchedule,
  parseService,
  parseSessionPlaces,
} from './parsers.js';
export type { Recurrence, Schedule, ScheduleException, Weekday } from './schedule.js';
export {
  RecurrenceSchema,
  ScheduleExceptionSchema,
  ScheduleSchema,
  WeekdayOrdinalSchema,
  WeekdaySchema,
} from './schedule.js';
export type { Service, ServiceAtLocation } from './service.js';
export { ServiceAtLocationSchema, ServiceSchema } from './service.js';
export type {
  Booking,
  BookingSource,
  SessionPlaces,
  SessionRef,
  SessionTally,
} from './session-places.js';
export {
  BookingSchema,
  BookingSourceSchema,
  SessionPlacesSchema,
  SessionRefSchema,
  SessionTallySchema,
  sessionPlacesId,
} from './session-places.js';
export type {
  AccessibilityFeature,
  DeliveryMode,
  LanguageTag,
  ReferralRoute,
  ServiceStatus,
  SupportFormality,
  SupportKind,
} from './vocabulary.js';
export {
  AccessibilityFeatureSchema,
  DeliveryModeSchema,
  LanguageTagSchema,
  ReferralRouteSchema,
  ServiceStatusSchema,
  SupportFormalitySchema,
  SupportKindSchema,
} from './vocabulary.js';

/** The directory area's top-level schemas, by name (for JSON Schema export and tests). */
export const directorySchemas = {
  Organisation: OrganisationSchema,
  Location: LocationSchema,
  Service: ServiceSchema,
  Schedule: ScheduleSchema,
  SessionPlaces: SessionPlacesSchema,
} as const;
