export * from './care-team.js';
export * from './confidence.js';
export * from './export-care-plan.js';
export * from './goal.js';
export * from './import-care-plan.js';
export * from './import-care-team.js';
export * from './status.js';
