/**
 * @livewell/activation/laws — a reusable fast-check law suite for instrument definitions:
 * determinism, range, monotonicity (reverse scoring included), order independence, the
 * missing-data rule at its edge, bands partitioning the range, monotone lookup tables and
 * item flags, flags and bands that can be reached, and agreement with the reference scorer.
 * Importable from plain node; needs `fast-check` (an optional peer: without it, the first call
 * throws `MissingFastCheckError` saying how to install it).
 *
 * @packageDocumentation
 */
export { MissingFastCheckError } from './fast-check.js';
export type { InstrumentLaw, InstrumentLawName } from './properties.js';
export { instrumentLaws } from './properties.js';
export {
  completeResponsesArb,
  fewestAnswered,
  optionValues,
  partialResponsesArb,
} from './responses.js';
export type { LawReport, LawResult, LawRunOptions } from './run.js';
export { assertInstrumentLaws, checkInstrumentLaws, InstrumentLawViolation } from './run.js';
