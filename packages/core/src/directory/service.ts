import * as z from 'zod/mini';
import { CodingSchema } from '../shared/coding.js';
import { RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText, optionalOf, textUpTo } from '../shared/text.js';
import { IsoDateSchema } from '../shared/time-values.js';
import { EligibilitySchema } from './eligibility.js';
import { CapacitySchema, ContactSchema, CostSchema } from './offer.js';
import { ScheduleSchema } from './schedule.js';
import {
  AccessibilityFeatureSchema,
  DeliveryModeSchema,
  LanguageTagSchema,
  ReferralRouteSchema,
  ServiceStatusSchema,
  SupportFormalitySchema,
  SupportKindSchema,
} from './vocabulary.js';

/** A service delivered at a location, with the sessions held there (HSDS `service_at_location`). */
export const ServiceAtLocationSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: RecordIdSchema,
    locationId: RecordIdSchema,
    schedules: z.array(ScheduleSchema).check(z.maxLength(200)),
  }),
);
/** A service delivered at a location. */
export type ServiceAtLocation = z.infer<typeof ServiceAtLocationSchema>;

const unique = (values: readonly string[]) => new Set(values).size === values.length;

/**
 * A peer-support group or community service people can be linked to (HSDS `service`).
 * `needs` and `conditions` are taxonomy terms: what the service helps with (physical
 * activity, loneliness) and the conditions it serves (type 2 diabetes, COPD).
 */
export const ServiceSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    schemaVersion: schemaVersion(1),
    id: RecordIdSchema,
    tenantId: TenantIdSchema,
    organisationId: RecordIdSchema,
    name: boundedText(300),
    description: optionalOf(textUpTo(5000)),
    url: z.optional(z.url().check(z.maxLength(2000))),
    email: z.optional(z.email().check(z.maxLength(320))),
    status: ServiceStatusSchema,
    needs: z.array(CodingSchema).check(z.maxLength(50)),
    conditions: z.array(CodingSchema).check(z.maxLength(50)),
    support: z.object({ kind: SupportKindSchema, formality: SupportFormalitySchema }),
    deliveryModes: z
      .array(DeliveryModeSchema)
      .check(z.minLength(1), z.maxLength(3), z.refine(unique, 'modes repeat')),
    referralRoutes: z
      .array(ReferralRouteSchema)
      .check(z.minLength(1), z.maxLength(2), z.refine(unique, 'routes repeat')),
    eligibility: EligibilitySchema,
    cost: CostSchema,
    /** Places per session; absent when the service does not limit numbers. */
    capacity: optionalOf(CapacitySchema),
    languages: z.array(LanguageTagSchema).check(z.maxLength(30)),
    accessibility: z.array(AccessibilityFeatureSchema).check(z.maxLength(20)),
    contacts: z.array(ContactSchema).check(z.maxLength(20)),
    /** Where the service is delivered, with the sessions at each place. */
    locations: z.array(ServiceAtLocationSchema).check(z.maxLength(50)),
    /** Sessions not tied to a place (online or phone). */
    schedules: z.array(ScheduleSchema).check(z.maxLength(200)),
    /** The date someone last confirmed these details (HSDS `assured_date`). */
    lastVerified: optionalOf(IsoDateSchema),
    /**
     * `true` when the source published a timetable livewell could not hold exactly (an import
     * skipped a schedule rather than widen it): the sessions listed may be incomplete.
     */
    timetableUnknown: z.optional(z.boolean()),
  }),
);
/** A peer-support group or community service. */
export type Service = z.infer<typeof ServiceSchema>;
