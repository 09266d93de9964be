export * from './actor.js';
export * from './ids.js';
export * from './import-error.js';
export * from './request-status.js';
export * from './systems.js';
export * from './tenant.js';
