import type fc from 'fast-check';

/** Arbitraries for the referral area's catalogue schemas, keyed by schema name. */
export const referralArbitraries: Record<string, fc.Arbitrary<unknown>> = {};
