export * from './actor.js';
export * from './catalogue-entries.js';
export * from './coding.js';
export * from './geo.js';
export * from './ids.js';
export * from './parsers.js';
export * from './schema-version.js';
export * from './time-values.js';
