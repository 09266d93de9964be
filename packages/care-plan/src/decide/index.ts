export * from './content.js';
export * from './lifecycle.js';
export * from './outcome.js';
export * from './preparation.js';
