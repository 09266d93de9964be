export * from './eligibility.js';
export * from './goals.js';
export * from './suggest.js';
