export type { Verifiable } from './stale.js';
export { DEFAULT_MAX_AGE_DAYS, daysSinceVerified, isStale } from './stale.js';
