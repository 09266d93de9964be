export * from './example-directory.js';
export * from './needs.js';
