import * as z from 'zod/mini';
import { lazySchema } from '../shared/lazy-schema.js';
import { boundedText, optionalBoundedText, optionalOf, textUpTo } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';

/**
 * What a service costs: free, an amount (in pounds unless `currency` says otherwise), or
 * `unknown` when the source did not say (an imported directory entry with no cost option).
 */
export const CostSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('free') }),
    z.object({ kind: z.literal('unknown') }),
    z.object({
      kind: z.literal('paid'),
      amount: z.number().check(z.positive(), z.lte(1_000_000)),
      currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
      /** What the amount is for, e.g. `per session`. */
      per: optionalBoundedText(200),
    }),
  ]),
);
/** What a service costs. */
export type Cost = z.infer<typeof CostSchema>;

/** Places per session and how many are free, as of `updated` (HSDS `service_capacity`). */
export const CapacitySchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      placesPerSession: z.number().check(z.int(), z.gte(0), z.lte(100_000)),
      available: z.number().check(z.int(), z.gte(0), z.lte(100_000)),
      updated: IsoInstantSchema,
    })
    .check(
      z.refine((c) => c.available <= c.placesPerSession, {
        message: 'more places available than exist',
        path: ['available'],
      }),
    ),
);
/** Places per session and how many are free. */
export type Capacity = z.infer<typeof CapacitySchema>;

/** Someone to contact about a service. */
export const ContactSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    name: boundedText(200),
    title: optionalOf(textUpTo(200)),
    email: z.optional(z.email().check(z.maxLength(320))),
    phone: z.optional(z.string().check(z.regex(/^\+?[0-9 ()-]{3,30}$/))),
  }),
);
/** Someone to contact about a service. */
export type Contact = z.infer<typeof ContactSchema>;
