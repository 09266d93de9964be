export * from './patient.js';
