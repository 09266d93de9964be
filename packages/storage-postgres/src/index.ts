/** @livewell/storage-postgres: The PostgreSQL storage adapter, over node-postgres or embedded PGlite, with migrations. */
export {};
