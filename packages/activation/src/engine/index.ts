export * from './compile.js';
export * from './define-instrument.js';
export * from './definition-error.js';
export * from './flags-of.js';
export * from './reference.js';
export * from './rounding.js';
export * from './score.js';
export * from './types.js';
