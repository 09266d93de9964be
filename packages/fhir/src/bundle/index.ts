export * from './transaction-bundle.js';
