import { NewerRecordError } from '../port/errors.js';
import type { NewerReason } from './forward-compat.js';

/** How many lossy reads a store remembers (oldest forgotten first). */
const CAPACITY = 10_000;

/**
 * The records a store has read as lossy views (written by a newer release), by tenant, kind, id
 * and version, so a `save` at that version is refused with `NewerRecordError` instead of
 * dropping what this release did not understand. (`update` checks the record it loads itself.)
 */
export class NewerRecords {
  readonly #seen = new Map<string, { version: number; reason: NewerReason }>();

  #key = (tenantId: string, kind: string, id: string) => `${tenantId}\u0000${kind}\u0000${id}`;

  /** Records the outcome of reading one row: lossy (`reason`) or not (`undefined`). */
  note(tenantId: string, kind: string, id: string, version: number, reason?: NewerReason): void {
    // The common case on every read: nothing was ever read as newer, nothing to forget.
    if (reason === undefined && this.#seen.size === 0) return;
    const key = this.#key(tenantId, kind, id);
    if (reason === undefined) {
      this.#seen.delete(key);
      return;
    }
    this.#seen.delete(key);
    this.#seen.set(key, { version, reason });
    if (this.#seen.size > CAPACITY) {
      const oldest = this.#seen.keys().next();
      if (oldest.done !== true) this.#seen.delete(oldest.value);
    }
  }

  /** Throws `NewerRecordError` when saving over `version` would drop data read as newer. */
  check(tenantId: string, kind: string, id: string, version: number): void {
    const seen = this.#seen.get(this.#key(tenantId, kind, id));
    if (seen !== undefined && seen.version === version) throw newerRecord(kind, id, seen.reason);
  }
}

/** The error refusing to save over a record read as newer. */
export const newerRecord = (kind: string, id: string, reason: NewerReason): NewerRecordError =>
  new NewerRecordError(
    reason === 'newer-schema-version'
      ? `Stored ${kind} ${id} was written with a newer schema version than this release knows; saving it here would lose data. Upgrade this writer first.`
      : `Stored ${kind} ${id} has fields this release does not know; saving it here would drop them. Upgrade this writer first.`,
    { kind, id },
  );
