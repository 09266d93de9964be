export * from './cohort-report.js';
export * from './latest.js';
export * from './stats.js';
export * from './utilisation.js';
