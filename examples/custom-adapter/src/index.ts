/** A third-party livewell storage adapter over an append-only JSON-lines file. */
export * from './json-lines-driver.js';
export * from './json-lines-store.js';
export * from './log-format.js';
