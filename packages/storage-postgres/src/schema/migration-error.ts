/** Why `migrate` refused to run. */
export type MigrationErrorCode = 'migration-checksum-mismatch' | 'migration-unknown-version';

/**
 * Thrown by `migrate` when the database's migration ledger disagrees with this package: an
 * applied migration whose recorded checksum differs from its text (it was edited after release),
 * or an applied version this package does not know (the database is newer than the code).
 */
export class MigrationError extends Error {
  readonly code: MigrationErrorCode;
  /** The migration version concerned. */
  readonly version: number;
  constructor(code: MigrationErrorCode, version: number, message: string) {
    super(message);
    this.name = 'MigrationError';
    this.code = code;
    this.version = version;
  }
}
