import * as z from 'zod';
import { CodingSchema } from '../shared/coding.js';
import { GeoPointSchema } from '../shared/geo.js';

/**
 * An area a service covers: postcode prefixes (`LS`, `LS6`, `LS6 1`) or a circle around a
 * point (HSDS `service_area`, simplified).
 */
export const ServiceAreaSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('postcodes'),
    name: z.string().min(1).max(200),
    prefixes: z
      .array(z.string().regex(/^[A-Z]{1,2}[0-9A-Z]{0,2}( [0-9][A-Z]{0,2})?$/))
      .min(1)
      .max(500),
  }),
  z.object({
    kind: z.literal('radius'),
    name: z.string().min(1).max(200),
    centre: GeoPointSchema,
    radiusKm: z.number().positive().max(1000),
  }),
]);
/** An area a service covers. */
export type ServiceArea = z.infer<typeof ServiceAreaSchema>;

/**
 * Who a service is for. Empty `conditions` means any condition; empty `areas` means anywhere.
 * Ages are whole years, inclusive.
 */
export const EligibilitySchema = z
  .object({
    minAge: z.number().int().min(0).max(150).optional(),
    maxAge: z.number().int().min(0).max(150).optional(),
    /** The person must live with at least one of these conditions. */
    conditions: z.array(CodingSchema).max(50),
    /** The person must live in at least one of these areas. */
    areas: z.array(ServiceAreaSchema).max(50),
    description: z.string().max(2000).optional(),
  })
  .refine((e) => e.minAge === undefined || e.maxAge === undefined || e.minAge <= e.maxAge, {
    message: 'maxAge is below minAge',
    path: ['maxAge'],
  });
/** Who a service is for. */
export type Eligibility = z.infer<typeof EligibilitySchema>;
