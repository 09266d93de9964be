/** A third-party livewell storage adapter over an append-only JSON-lines file. */
export { JsonLinesDriver } from './json-lines-driver.js';
export { openJsonLinesStore } from './json-lines-store.js';
export type { CommitLine, LoggedOp, LoggedRow, LogState } from './log-format.js';
export { applyCommit, collectionKey, decodeLog, encodeCommit, replay } from './log-format.js';
