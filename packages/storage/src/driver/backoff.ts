import { InvalidRequestError } from '../port/errors.js';
import {
  DEFAULT_RETRY,
  type RetryEnvironment,
  type RetryOptions,
  type RetryPolicy,
} from '../port/retry-options.js';

/** The real clock: `Math.random`, `setTimeout`, `performance.now`. */
export const systemRetryEnvironment: RetryEnvironment = {
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => performance.now(),
};

const check = (ok: boolean, what: string) => {
  if (!ok) throw new InvalidRequestError(`Retry option ${what}.`);
};

/** Fills `options` from `defaults` and checks every bound; throws `InvalidRequestError`. */
export function retryPolicy(
  options: RetryOptions = {},
  defaults: RetryPolicy = DEFAULT_RETRY,
): RetryPolicy {
  const policy = { ...defaults, ...definedOnly(options) };
  check(
    Number.isInteger(policy.maxAttempts) && policy.maxAttempts >= 1,
    'maxAttempts must be a positive integer',
  );
  for (const key of ['maxElapsedMs', 'baseDelayMs', 'maxDelayMs'] as const) {
    check(Number.isFinite(policy[key]) && policy[key] >= 0, `${key} must be a finite number ≥ 0`);
  }
  return policy;
}

/** The caller's options with `undefined` ones dropped, read once (`InvalidRequestError` if unreadable). */
function definedOnly(options: RetryOptions): RetryOptions {
  check(typeof options === 'object' && options !== null, 'options must be an object');
  let entries: [string, unknown][];
  try {
    entries = Object.entries(options);
  } catch {
    throw new InvalidRequestError('Retry options could not be read (a getter or proxy threw).');
  }
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}

/**
 * The wait before attempt `attempt + 1`, after attempt `attempt` (from 1) lost its race
 * `elapsedMs` after the first began, or `undefined` when the policy says stop: attempts used
 * up, or the wait would end past the time budget. Full jitter: `random · min(cap, base · 2^(attempt−1))`.
 */
export function retryDelay(
  policy: RetryPolicy,
  attempt: number,
  elapsedMs: number,
  random: number,
): number | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  const bound = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const delay = random * bound;
  return elapsedMs + delay > policy.maxElapsedMs ? undefined : delay;
}
