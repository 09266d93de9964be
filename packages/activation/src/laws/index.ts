/**
 * @livewell/activation/laws — a reusable fast-check law suite for instrument definitions:
 * determinism, range, monotonicity (reverse scoring included), order independence, the
 * missing-data rule at its edge, bands partitioning the range, monotone lookup tables and
 * item flags. Importable from plain node; needs `fast-check`.
 *
 * @packageDocumentation
 */
export * from './properties.js';
export * from './responses.js';
export * from './run.js';
