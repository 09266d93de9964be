export * from './from-scored.js';
