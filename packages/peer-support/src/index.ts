/**
 * @livewell/peer-support — a directory of peer-support groups and community services aligned
 * to Open Referral UK: schedules, search, matching, referrals and programmes. The ORUK/HSDS
 * mapping is on its own entry, `@livewell/peer-support/oruk`.
 *
 * @packageDocumentation
 */
export * from './directory/index.js';
export * from './freshness/index.js';
export * from './matching/index.js';
export * as programme from './programme/index.js';
export * as referral from './referral/index.js';
export * from './schedule/index.js';
export * from './search/index.js';
