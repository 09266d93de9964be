/**
 * What a driver error means to the storage port, independent of the driver:
 * - `conflict`: a serialisation failure or deadlock; the transaction was rolled back, retry.
 * - `duplicate`: a unique constraint rejected the write.
 * - `unavailable`: the server or connection is gone, refusing, shutting down or timed out.
 * - `invalid`: the statement or its data was rejected (bad value, constraint, syntax).
 * - `unknown`: anything else (not a database error at all).
 */
export type DatabaseErrorKind = 'conflict' | 'duplicate' | 'unavailable' | 'invalid' | 'unknown';

/** SQLSTATE codes (beyond whole classes) that mean "retry on a healthy connection". */
const UNAVAILABLE_STATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '57P05', // idle_session_timeout
  '57014', // query_canceled (statement timeout)
  '55P03', // lock_not_available (lock timeout)
  '53300', // too_many_connections
  '53400', // configuration_limit_exceeded
  '25P03', // idle_in_transaction_session_timeout
]);

/** Node socket errors that mean the server could not be reached or the link dropped. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** Messages node-postgres, pg-pool and PGlite use for a lost or closed connection. */
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /not queryable/i,
  /cannot use a pool after calling end/i,
  /pglite is closed/i,
  /query read timeout/i,
  /timeout expired/i,
];

/** The SQLSTATE of a driver error (`code` on both node-postgres and PGlite errors), if any. */
export function sqlStateOf(error: unknown): string | undefined {
  const code = codeOf(error);
  return code !== undefined && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** The `code` of a thrown value; none when it has none or cannot be read (a hostile proxy). */
function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  try {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

/** The message of a thrown value; empty when it has none or cannot be read. */
export function messageOf(error: unknown): string {
  if (typeof error === 'string') return error;
  try {
    if (error instanceof Error && typeof error.message === 'string') return error.message;
  } catch {
    // A value whose prototype or message cannot be read has no message to classify by.
  }
  return '';
}

/**
 * Classifies an error thrown by node-postgres or PGlite. Both report SQLSTATE in `code`, so the
 * same failure is classified the same way on either engine.
 *
 * @example
 * classifyDatabaseError({ code: '40001' }); // 'conflict'
 */
export function classifyDatabaseError(error: unknown): DatabaseErrorKind {
  const state = sqlStateOf(error);
  if (state !== undefined) {
    if (state === '40001' || state === '40P01') return 'conflict';
    if (state === '23505') return 'duplicate';
    if (state.startsWith('08') || UNAVAILABLE_STATES.has(state)) return 'unavailable';
    if (/^(22|23|42|2B|2F|3F|0A)/.test(state)) return 'invalid';
    if (state.startsWith('53') || state.startsWith('58')) return 'unavailable';
    return 'unknown';
  }
  const code = codeOf(error);
  if (code !== undefined && SOCKET_CODES.has(code)) return 'unavailable';
  const message = messageOf(error);
  if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return 'unavailable';
  return 'unknown';
}
