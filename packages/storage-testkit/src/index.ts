/** @livewell/storage-testkit: The conformance suite storage adapter authors run against their adapter. */
export {};
