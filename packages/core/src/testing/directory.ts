import type fc from 'fast-check';

/** Arbitraries for the directory area's catalogue schemas, keyed by schema name. */
export const directoryArbitraries: Record<string, fc.Arbitrary<unknown>> = {};
