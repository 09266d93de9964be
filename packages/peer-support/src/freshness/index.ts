export * from './stale.js';
