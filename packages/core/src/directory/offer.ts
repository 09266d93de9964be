import * as z from 'zod';
import { IsoInstantSchema } from '../shared/time-values.js';

/**
 * What a service costs: free, an amount (in pounds unless `currency` says otherwise), or
 * `unknown` when the source did not say (an imported directory entry with no cost option).
 */
export const CostSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free') }),
  z.object({ kind: z.literal('unknown') }),
  z.object({
    kind: z.literal('paid'),
    amount: z.number().positive().max(1_000_000),
    currency: z.string().regex(/^[A-Z]{3}$/),
    /** What the amount is for, e.g. `per session`. */
    per: z.string().min(1).max(200).optional(),
  }),
]);
/** What a service costs. */
export type Cost = z.infer<typeof CostSchema>;

/** Places per session and how many are free, as of `updated` (HSDS `service_capacity`). */
export const CapacitySchema = z
  .object({
    placesPerSession: z.number().int().min(0).max(100_000),
    available: z.number().int().min(0).max(100_000),
    updated: IsoInstantSchema,
  })
  .refine((c) => c.available <= c.placesPerSession, {
    message: 'more places available than exist',
    path: ['available'],
  });
/** Places per session and how many are free. */
export type Capacity = z.infer<typeof CapacitySchema>;

/** Someone to contact about a service. */
export const ContactSchema = z.object({
  name: z.string().min(1).max(200),
  title: z.string().max(200).optional(),
  email: z.email().max(320).optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{3,30}$/)
    .optional(),
});
/** Someone to contact about a service. */
export type Contact = z.infer<typeof ContactSchema>;
