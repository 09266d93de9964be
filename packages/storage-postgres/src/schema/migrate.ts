import { toStorageError } from '../errors/to-storage-error.js';
import type { Queryable, QueryExecutor } from '../executor/query-executor.js';
import { DEFAULT_SCHEMA, hash32, quoteSchema } from './identifiers.js';
import { MigrationError } from './migration-error.js';
import { migrations as allMigrations, type Migration } from './migrations.js';

/** Options for {@link migrate}. */
export interface MigrateOptions {
  /** The PostgreSQL schema to create and migrate (default `livewell`). */
  readonly schema?: string;
  /** The migrations to apply (default: all of this package's). For tests of the runner. */
  readonly migrations?: readonly Migration[];
}

/** What {@link migrate} did: the versions it applied now and the version the schema is at. */
export interface MigrateReport {
  readonly applied: readonly number[];
  readonly version: number;
}

/** First key of the advisory lock that serialises migrations (ASCII "LW"). */
const LOCK_CLASS = 0x4c57;

/** The checksum recorded for a migration: a hash of its statements for a neutral schema name. */
export function migrationChecksum(migration: Migration): string {
  const text = migration.statements('"schema"').join(';\n').replace(/\s+/g, ' ');
  return (hash32(text) >>> 0).toString(16).padStart(8, '0');
}

/**
 * Brings the schema up to date: applies, in order and in one transaction, every migration not
 * yet recorded in `<schema>.schema_migrations`. Safe to run concurrently from many processes
 * (a transaction-scoped advisory lock serialises them; latecomers find nothing to do) and
 * idempotent. An up-to-date schema is recognised read-only (no lock, no DDL), so a role without
 * DDL rights can call it. Throws {@link MigrationError} if the recorded ledger disagrees with the
 * code or a pending migration is refused for lack of privileges
 * (`migration-permission-denied`), and the storage port's errors (`StorageUnavailableError`, …)
 * for other database failures.
 *
 * @example
 * await migrate(pgliteExecutor(await PGlite.create()));
 */
export async function migrate(
  executor: QueryExecutor,
  options: MigrateOptions = {},
): Promise<MigrateReport> {
  const schemaName = options.schema ?? DEFAULT_SCHEMA;
  const schema = quoteSchema(schemaName);
  const list = [...(options.migrations ?? allMigrations)].sort((a, b) => a.version - b.version);
  const pending = { version: list[0]?.version ?? 0 };
  try {
    const current = await upToDate(executor, schemaName, schema, list, pending);
    if (current !== undefined) return current;
    return await applyPending(executor, schemaName, schema, list, pending);
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    if (sqlState(error) === PERMISSION_DENIED) {
      throw new MigrationError(
        'migration-permission-denied',
        pending.version,
        `Migration ${pending.version} of schema "${schemaName}" is pending and this role may not change the schema. Run migrate() as the schema's owner (a release step) and open the store with createPostgresStore().`,
        { cause: error },
      );
    }
    throw toStorageError(error, { kind: 'migration' });
  }
}

/** SQLSTATE insufficient_privilege. */
const PERMISSION_DENIED = '42501';

const sqlState = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;

/**
 * The read-only first look: when the ledger exists and records every migration (with matching
 * checksums), answers the report without taking a lock or issuing DDL, so a role that may only
 * read and write rows can open an up-to-date store. `undefined` when anything is pending.
 */
async function upToDate(
  executor: QueryExecutor,
  schemaName: string,
  schema: string,
  list: readonly Migration[],
  pending: { version: number },
): Promise<MigrateReport | undefined> {
  const found = await executor.query<{ ledger: string | null }>(
    'SELECT to_regclass($1)::text AS ledger',
    [`"${schemaName}".schema_migrations`],
  );
  if (found.rows[0]?.ledger == null) return undefined;
  const recorded = await readLedger(executor, schema);
  verifyLedger(recorded, list);
  const missing = list.find((m) => !recorded.has(m.version));
  if (missing !== undefined) {
    pending.version = missing.version;
    return undefined;
  }
  return { applied: [], version: Math.max(0, ...recorded.keys()) };
}

async function applyPending(
  executor: QueryExecutor,
  schemaName: string,
  schema: string,
  list: readonly Migration[],
  pending: { version: number },
): Promise<MigrateReport> {
  return executor.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_CLASS, hash32(schemaName)]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const recorded = await readLedger(tx, schema);
    verifyLedger(recorded, list);
    const applied: number[] = [];
    for (const migration of list) {
      if (recorded.has(migration.version)) continue;
      pending.version = migration.version;
      for (const statement of migration.statements(schema)) await tx.query(statement);
      await tx.query(
        `INSERT INTO ${schema}.schema_migrations (version, name, checksum) VALUES ($1, $2, $3)`,
        [migration.version, migration.name, migrationChecksum(migration)],
      );
      applied.push(migration.version);
    }
    const version = Math.max(0, ...recorded.keys(), ...applied);
    return { applied, version };
  });
}

async function readLedger(tx: Queryable, schema: string): Promise<Map<number, string>> {
  const { rows } = await tx.query<{ version: number; checksum: string }>(
    `SELECT version, checksum FROM ${schema}.schema_migrations ORDER BY version`,
  );
  return new Map(rows.map((row) => [Number(row.version), row.checksum]));
}

function verifyLedger(recorded: Map<number, string>, list: readonly Migration[]): void {
  const known = new Map(list.map((m) => [m.version, m]));
  for (const [version, checksum] of recorded) {
    const migration = known.get(version);
    if (migration === undefined) {
      throw new MigrationError(
        'migration-unknown-version',
        version,
        `The database has migration ${version}, which this version of the package does not know.`,
      );
    }
    if (migrationChecksum(migration) !== checksum) {
      throw new MigrationError(
        'migration-checksum-mismatch',
        version,
        `Migration ${version} (${migration.name}) was applied with different statements.`,
      );
    }
  }
}
