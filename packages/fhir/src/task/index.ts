export * from './export-task.js';
export * from './flag-observation.js';
export * from './status.js';
