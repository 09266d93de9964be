import { err, ok, type Result } from '@livewell/core';
import { isConflict } from '../port/errors.js';
import type { UpdateContext } from '../port/repositories.js';
import {
  DEFAULT_RETRY,
  type RetryEnvironment,
  type RetryOptions,
  type RetryPolicy,
} from '../port/retry-options.js';
import { retryDelay, retryPolicy, systemRetryEnvironment } from './backoff.js';
import type { Scope } from './scope.js';

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
 * Load → apply → save, retrying the whole cycle when the save loses a race, with jittered
 * exponential backoff bounded by attempts and total time (see `RetryOptions`); when a bound is
 * reached the last `ConflictError` is thrown. A rejection from `apply` is returned without
 * writing. Invalid options throw `InvalidRequestError` before anything runs.
 */
export async function updateWithRetry<Loaded, Change, Saved, R>(
  steps: UpdateSteps<Loaded, Change, Saved, R>,
  options: RetryOptions = {},
  environment: RetryEnvironment = systemRetryEnvironment,
  defaults: RetryPolicy = DEFAULT_RETRY,
): Promise<Result<Saved, R>> {
  const policy = retryPolicy(options, defaults);
  const started = environment.now();
  for (let attempt = 1; ; attempt++) {
    const loaded = await steps.load();
    if ('done' in loaded) return ok(loaded.done);
    const { current, version } = loaded;
    const change = steps.apply(current, { version, attempt });
    if (!change.ok) return err(change.error);
    try {
      return ok(await steps.save(change.value, version, current));
    } catch (error) {
      if (!isConflict(error)) throw error;
      const delay = retryDelay(policy, attempt, environment.now() - started, environment.random());
      if (delay === undefined) throw error;
      if (delay > 0) await environment.sleep(delay);
    }
  }
}

/**
 * The options, clock and defaults a repository's `update` passes to {@link updateWithRetry}:
 * inside a transaction a single attempt (a conflict aborts the transaction).
 */
export function retryArguments(
  scope: Scope,
  options: RetryOptions | undefined,
): [RetryOptions, RetryEnvironment, RetryPolicy] {
  const own = scope.inTransaction ? { ...options, maxAttempts: 1 } : (options ?? {});
  return [own, scope.retry.environment, scope.retry.defaults];
}
