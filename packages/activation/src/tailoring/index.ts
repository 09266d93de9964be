export * from './level-guidance.js';
export * from './support-offer.js';
export * from './tailor-support.js';
