export * from './available-time.js';
export * from './export-directory.js';
export * from './import-directory.js';
