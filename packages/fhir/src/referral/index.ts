export * from './export-referral.js';
export * from './import-referral.js';
