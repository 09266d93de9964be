/** A successful outcome carrying `value`. */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/** An expected failure carrying a typed `error` (never a thrown exception). */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/**
 * The outcome of an operation that can fail in an expected way.
 *
 * @example
 * const r = parsePerson(input);
 * if (!r.ok) console.error(r.error.issues);
 */
export type Result<T, E> = Ok<T> | Err<E>;

/** Wraps a value as a successful {@link Result}. */
export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });

/** Wraps an error as a failed {@link Result}. */
export const err = <E>(error: E): Err<E> => ({ ok: false, error });

/** Narrows a result to its successful branch. */
export const isOk = <T, E>(result: Result<T, E>): result is Ok<T> => result.ok;

/** Narrows a result to its failed branch. */
export const isErr = <T, E>(result: Result<T, E>): result is Err<E> => !result.ok;

/** Transforms the value of a successful result; failures pass through unchanged. */
export const mapResult = <T, U, E>(result: Result<T, E>, fn: (value: T) => U): Result<U, E> =>
  result.ok ? ok(fn(result.value)) : result;

/** Chains a further fallible step onto a successful result. */
export const andThen = <T, U, E, F>(
  result: Result<T, E>,
  fn: (value: T) => Result<U, F>,
): Result<U, E | F> => (result.ok ? fn(result.value) : result);

/** Returns the value of a successful result, or `fallback` for a failure. */
export const unwrapOr = <T, E>(result: Result<T, E>, fallback: T): T =>
  result.ok ? result.value : fallback;
