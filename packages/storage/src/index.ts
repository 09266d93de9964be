/** @livewell/storage: The storage port: repositories, update-with-version, typed errors, and the in-memory reference adapter. */
export {};
