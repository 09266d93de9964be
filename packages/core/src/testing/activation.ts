import type fc from 'fast-check';

/** Arbitraries for the activation area's catalogue schemas, keyed by schema name. */
export const activationArbitraries: Record<string, fc.Arbitrary<unknown>> = {};
