/**
 * @livewell/core — the domain vocabulary of supported self-management: zod schemas and
 * inferred types, the Result/DomainError model, ids, and time helpers that take `now` as an
 * argument. Imports no other livewell package.
 *
 * @packageDocumentation
 */
export * from './activation/index.js';
export * from './audit/index.js';
export * from './care-plan/index.js';
export * from './catalogue.js';
export * from './directory/index.js';
export * from './error.js';
export * from './lifecycle/index.js';
export * from './parse.js';
export * from './people/index.js';
export * from './referral/index.js';
export * from './result.js';
export * from './shared/index.js';
export * from './time/index.js';
export * from './worklist/index.js';
