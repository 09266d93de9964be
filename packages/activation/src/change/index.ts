export * from './change-rules.js';
export * from './compare-assessments.js';
export * from './months.js';
