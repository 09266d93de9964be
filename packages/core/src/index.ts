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
export type { SchemaName } from './catalogue.js';
export { schemaCatalogue } from './catalogue.js';
export * from './directory/index.js';
export type { DomainError, ParseError, ParseIssue } from './error.js';
export { domainError } from './error.js';
export type {
  ProblemDetails,
  ProblemDetailsOptions,
  ProblemSource,
} from './errors/problem-details.js';
export {
  isLivewellErrorCode,
  problemTypeOf,
  toProblemDetails,
  unknownProblemType,
} from './errors/problem-details.js';
export type { LivewellErrorCode, ProblemType } from './errors/problem-types.js';
export { livewellErrorCodes, problemTypes } from './errors/problem-types.js';
export * from './lifecycle/index.js';
export type { Parser } from './parse.js';
export { makeListParser, makeParser, unreadableInput } from './parse.js';
export * from './people/index.js';
export * from './practice/index.js';
export * from './referral/index.js';
export type { Err, Ok, Result } from './result.js';
export { andThen, err, isErr, isOk, mapResult, ok, unwrapOr } from './result.js';
export * from './shared/index.js';
export * from './time/index.js';
export * from './worklist/index.js';
