export * from './decline.js';
export * from './export-referral.js';
export * from './import-referral.js';
export * from './status.js';
