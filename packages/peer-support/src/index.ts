/** @livewell/peer-support: A directory of peer-support groups and community services (Open Referral UK aligned): schedules, search, matching, referrals, programmes. */
export {};
