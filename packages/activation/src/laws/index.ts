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
export * from './properties.js';
export * from './responses.js';
export * from './run.js';
