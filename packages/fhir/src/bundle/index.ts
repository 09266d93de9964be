export * from './import-bundle.js';
export * from './transaction-bundle.js';
