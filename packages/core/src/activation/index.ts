// The activation area of the domain vocabulary. Schemas are added to `activationSchemas` by name.

/** The activation area's top-level schemas, by name (for JSON Schema export and tests). */
export const activationSchemas = {} as const;
