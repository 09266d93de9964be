/**
 * @livewell/peer-support — a directory of peer-support groups and community services aligned
 * to Open Referral UK: schedules, search, matching, referrals and programmes.
 *
 * @packageDocumentation
 */
export * from './directory/index.js';
export * from './freshness/index.js';
export * from './matching/index.js';
export * from './oruk/index.js';
export * as programme from './programme/index.js';
export * as referral from './referral/index.js';
export * from './schedule/index.js';
export * from './search/index.js';
