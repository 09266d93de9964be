export * from './level-guidance.js';
export * from './support-kinds.js';
export * from './tailor-support.js';
