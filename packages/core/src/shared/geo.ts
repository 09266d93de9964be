import * as z from 'zod';

/** A WGS84 point (degrees). */
export const GeoPointSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
/** A WGS84 point (degrees). */
export type GeoPoint = z.infer<typeof GeoPointSchema>;

/** A UK-style postal address; every line optional except what the caller has. */
export const AddressSchema = z.object({
  lines: z.array(z.string().min(1).max(200)).max(6),
  city: z.string().max(200).optional(),
  postcode: z.string().max(16).optional(),
  point: GeoPointSchema.optional(),
});
/** A postal address with an optional map point. */
export type Address = z.infer<typeof AddressSchema>;
