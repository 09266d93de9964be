// The directory area of the domain vocabulary. Schemas are added to `directorySchemas` by name.

/** The directory area's top-level schemas, by name (for JSON Schema export and tests). */
export const directorySchemas = {} as const;
