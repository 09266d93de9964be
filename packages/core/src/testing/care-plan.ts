import type fc from 'fast-check';

/** Arbitraries for the care-plan area's catalogue schemas, keyed by schema name. */
export const carePlanArbitraries: Record<string, fc.Arbitrary<unknown>> = {};
