import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.js';
import { boundedText, optionalOf, textUpTo } from './text.js';

/** A WGS84 point (degrees). */
export const GeoPointSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    latitude: z.number().check(z.gte(-90), z.lte(90)),
    longitude: z.number().check(z.gte(-180), z.lte(180)),
  }),
);
/** A WGS84 point (degrees). */
export type GeoPoint = z.infer<typeof GeoPointSchema>;

/** A UK-style postal address; every line optional except what the caller has. */
export const AddressSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    lines: z.array(boundedText(200)).check(z.maxLength(6)),
    city: optionalOf(textUpTo(200)),
    postcode: optionalOf(textUpTo(16)),
    point: optionalOf(GeoPointSchema),
  }),
);
/** A postal address with an optional map point. */
export type Address = z.infer<typeof AddressSchema>;
