// The care-plan area of the domain vocabulary. Schemas are added to `carePlanSchemas` by name.

/** The care-plan area's top-level schemas, by name (for JSON Schema export and tests). */
export const carePlanSchemas = {} as const;
