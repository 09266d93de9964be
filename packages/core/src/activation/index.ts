// The activation area of the domain vocabulary: instrument definitions, assessments and
// results from licensed external scorers.
import { AssessmentSchema } from './assessment.js';
import { InstrumentDefinitionSchema } from './instrument-definition.js';
import { LicensedResultSchema } from './licensed-result.js';

export * from './assessment.js';
export * from './instrument-definition.js';
export * from './instrument-parts.js';
export * from './licensed-result.js';
export * from './parsers.js';

/** The activation area's top-level schemas, by name (for JSON Schema export and tests). */
export const activationSchemas = {
  InstrumentDefinition: InstrumentDefinitionSchema,
  Assessment: AssessmentSchema,
  LicensedResult: LicensedResultSchema,
} as const;
