/** Why `migrate` refused to run, or could not. */
export type MigrationErrorCode =
  | 'migration-checksum-mismatch'
  | 'migration-unknown-version'
  | 'migration-permission-denied';

/**
 * Thrown by `migrate` when the database's migration ledger disagrees with this package: an
 * applied migration whose recorded checksum differs from its text (it was edited after release),
 * or an applied version this package does not know (the database is newer than the code); or a
 * migration is pending and the role running it may not change the schema
 * (`migration-permission-denied`: run `migrate` as the schema's owner, as a release step).
 */
export class MigrationError extends Error {
  readonly code: MigrationErrorCode;
  /** The migration version concerned. */
  readonly version: number;
  constructor(
    code: MigrationErrorCode,
    version: number,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
    this.code = code;
    this.version = version;
  }
}
