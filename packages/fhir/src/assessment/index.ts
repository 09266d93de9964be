export * from './codes.js';
export * from './export-assessment.js';
export * from './import-assessment.js';
export * from './questionnaire.js';
