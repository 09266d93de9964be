// The referral area of the domain vocabulary: referrals, their events, programmes, enrolments.
export * from './catalogue-entries.js';
export * from './context.js';
export * from './enrolment.js';
export * from './parsers.js';
export * from './programme.js';
export * from './referral.js';
export * from './referral-event.js';
export * from './referral-input.js';
export * from './referral-status.js';
