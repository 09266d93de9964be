// The referral area of the domain vocabulary. Schemas are added to `referralSchemas` by name.

/** The referral area's top-level schemas, by name (for JSON Schema export and tests). */
export const referralSchemas = {} as const;
