import * as z from 'zod/mini';
import { CodingSchema } from '../shared/coding.js';
import { GeoPointSchema } from '../shared/geo.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { boundedText, optionalOf, textUpTo } from '../shared/text.js';

/**
 * An area a service covers: postcode prefixes (`LS`, `LS6`, `LS6 1`) or a circle around a
 * point (HSDS `service_area`, simplified).
 */
export const ServiceAreaSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('postcodes'),
      name: boundedText(200),
      prefixes: z
        .array(z.string().check(z.regex(/^[A-Z]{1,2}[0-9A-Z]{0,2}( [0-9][A-Z]{0,2})?$/)))
        .check(z.minLength(1), z.maxLength(500)),
    }),
    z.object({
      kind: z.literal('radius'),
      name: boundedText(200),
      centre: GeoPointSchema,
      radiusKm: z.number().check(z.positive(), z.lte(1000)),
    }),
  ]),
);
/** An area a service covers. */
export type ServiceArea = z.infer<typeof ServiceAreaSchema>;

/**
 * Who a service is for. Empty `conditions` means any condition; empty `areas` means anywhere.
 * Ages are whole years, inclusive.
 */
export const EligibilitySchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      minAge: z.optional(z.number().check(z.int(), z.gte(0), z.lte(150))),
      maxAge: z.optional(z.number().check(z.int(), z.gte(0), z.lte(150))),
      /** The person must live with at least one of these conditions. */
      conditions: z.array(CodingSchema).check(z.maxLength(50)),
      /** The person must live in at least one of these areas. */
      areas: z.array(ServiceAreaSchema).check(z.maxLength(50)),
      description: optionalOf(textUpTo(2000)),
    })
    .check(
      z.refine((e) => e.minAge === undefined || e.maxAge === undefined || e.minAge <= e.maxAge, {
        message: 'maxAge is below minAge',
        path: ['maxAge'],
      }),
    ),
);
/** Who a service is for. */
export type Eligibility = z.infer<typeof EligibilitySchema>;
