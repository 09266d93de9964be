export * from './cut-points.js';
export * from './descriptors.js';
export * from './external-scorer.js';
export * from './record-licensed-result.js';
export * from './score-externally.js';
