import { err, ok, type Result } from '@livewell/core';
import { InvalidRequestError, isConflict } from '../port/errors.js';
import { DEFAULT_UPDATE_ATTEMPTS, type UpdateContext } from '../port/repositories.js';

/** The three steps of an optimistic update, supplied by a repository. */
export interface UpdateSteps<Loaded, Change, Saved, R> {
  /**
   * Loads the current record and its version (throws `NotFoundError` when absent), or answers
   * `done` when the change is already stored (an idempotent command found its receipt).
   */
  load(): Promise<
    { readonly current: Loaded; readonly version: number } | { readonly done: Saved }
  >;
  /** The caller's pure function. */
  apply(current: Loaded, context: UpdateContext): Result<Change, R>;
  /**
   * Saves the change, expecting `version` (`current` is what was loaded); throws `ConflictError`
   * if someone else won.
   */
  save(change: Change, version: number, current: Loaded): Promise<Saved>;
}

/**
 * Load → apply → save, retrying the whole cycle when the save loses a race, at most
 * `maxAttempts` times in total; then the last `ConflictError` is thrown. A rejection from
 * `apply` is returned without writing.
 */
export async function updateWithRetry<Loaded, Change, Saved, R>(
  steps: UpdateSteps<Loaded, Change, Saved, R>,
  maxAttempts: number = DEFAULT_UPDATE_ATTEMPTS,
): Promise<Result<Saved, R>> {
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new InvalidRequestError('maxAttempts must be a positive integer.');
  }
  for (let attempt = 1; ; attempt++) {
    const loaded = await steps.load();
    if ('done' in loaded) return ok(loaded.done);
    const { current, version } = loaded;
    const change = steps.apply(current, { version, attempt });
    if (!change.ok) return err(change.error);
    try {
      return ok(await steps.save(change.value, version, current));
    } catch (error) {
      if (!isConflict(error) || attempt >= maxAttempts) throw error;
    }
  }
}
