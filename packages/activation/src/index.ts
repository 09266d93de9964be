/**
 * @livewell/activation — scores questionnaires (open instruments shipped with full scoring,
 * licensed ones bridged to an external scorer), tailors support to activation level, judges
 * change, and builds cohort reports. The reusable law suite is at `@livewell/activation/laws`.
 *
 * @packageDocumentation
 */

export * from './assessment/index.js';
export * from './change/index.js';
export * from './cohort/index.js';
export * from './engine/index.js';
export * from './instruments/index.js';
export * from './licensed/index.js';
export * from './tailoring/index.js';
