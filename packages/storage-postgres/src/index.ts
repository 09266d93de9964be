/** @livewell/storage-postgres: The PostgreSQL storage adapter, over node-postgres or embedded PGlite, with migrations. */
export type { PostgresDriverOptions } from './adapter/postgres-driver.js';
export { postgresDriver } from './adapter/postgres-driver.js';
export type { PostgresStoreOptions } from './adapter/postgres-store.js';
export { createPostgresStore, openPostgresStore } from './adapter/postgres-store.js';
export type { DatabaseErrorKind } from './errors/classify-error.js';
export { classifyDatabaseError, sqlStateOf } from './errors/classify-error.js';
export type { ErrorSubject } from './errors/to-storage-error.js';
export { toStorageError } from './errors/to-storage-error.js';
export type {
  PgClientLike,
  PgExecutorOptions,
  PgPoolLike,
  PgQueryConfig,
  PgResultLike,
} from './executor/pg-executor.js';
export { pgExecutor } from './executor/pg-executor.js';
export type {
  PgliteExecutorOptions,
  PgliteLike,
  PgliteResultLike,
  PgliteTransactionLike,
} from './executor/pglite-executor.js';
export { pgliteExecutor } from './executor/pglite-executor.js';
export type {
  ExecutorDialect,
  Queryable,
  QueryExecutor,
  QueryResult,
  Row,
  TransactionScope,
} from './executor/query-executor.js';
export type { ColumnShape, IndexShape, SchemaShape } from './schema/expected-schema.js';
export { expectedSchema } from './schema/expected-schema.js';
export { DEFAULT_SCHEMA, InvalidSchemaNameError } from './schema/identifiers.js';
export { readLiveSchema } from './schema/live-schema.js';
export type { MigrateOptions, MigrateReport } from './schema/migrate.js';
export { migrate, migrationChecksum } from './schema/migrate.js';
export type { MigrationErrorCode } from './schema/migration-error.js';
export { MigrationError } from './schema/migration-error.js';
export type { Migration } from './schema/migrations.js';
export { LATEST_MIGRATION, migrations } from './schema/migrations.js';
export type { SchemaDifference, SchemaDifferenceKind } from './schema/schema-diff.js';
export { checkSchema, compareSchemas } from './schema/schema-diff.js';
export type { StoredSearchCriteria } from './search/search-criteria.js';
export type { StoredDirectory, StoredSearchOptions } from './search/service-search.js';
export { searchStoredServices } from './search/service-search.js';
