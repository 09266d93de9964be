import { err, ok, type ParseError, type Result } from '@livewell/core';

/** The parts of a scoring outcome an assessment is built from, read once and still unchecked. */
export interface ScoringParts {
  readonly ok: boolean;
  readonly instrument: unknown;
  readonly version: unknown;
  readonly total: unknown;
  readonly subscales: unknown;
  readonly band: unknown;
  readonly flags: unknown;
  readonly missingItems: unknown;
  readonly code: unknown;
  readonly message: unknown;
  readonly answered: unknown;
}

const refused = (name: string, why: string): ParseError => ({
  code: 'invalid-input',
  message: `Invalid ${name}: ${why}`,
  schema: name,
  issues: [{ path: [], code: 'unreadable', message: why }],
});

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

/**
 * Reads a {@link Scored} result (`name` 'Scored') or an unscorable outcome's error once, so
 * building the assessment cannot throw on the caller's value (a hostile getter or proxy, a
 * `subscales` that is not a list). The assessment built from the parts is parsed before it is
 * returned. Never throws.
 */
export function readScoring(
  name: string,
  value: unknown,
  outcome: boolean,
): Result<ScoringParts, ParseError> {
  if (value === null || typeof value !== 'object') return err(refused(name, 'not an object.'));
  try {
    const instrument = field(value, 'instrument');
    const subscales = field(value, 'subscales');
    return ok({
      ok: outcome,
      instrument,
      version: field(instrument, 'version'),
      total: field(value, 'total'),
      subscales: Array.isArray(subscales)
        ? subscales.map((s: unknown) => ({ id: field(s, 'id'), score: field(s, 'score') }))
        : subscales,
      band: field(value, 'band'),
      flags: field(value, 'flags'),
      missingItems: field(value, 'missingItems'),
      code: field(value, 'code'),
      message: field(value, 'message'),
      answered: field(value, 'answered'),
    });
  } catch {
    return err(refused(name, 'the input could not be read (a getter or proxy threw).'));
  }
}

/**
 * Reads a scoring `Result` (`{ ok: true, value }` or `{ ok: false, error }`) once: its outcome
 * and the parts of its value or error. Never throws.
 */
export function readScoringResult(result: unknown): Result<ScoringParts, ParseError> {
  const name = 'scoring result';
  if (result === null || typeof result !== 'object') return err(refused(name, 'not a Result.'));
  let outcome: unknown;
  let inner: unknown;
  try {
    outcome = field(result, 'ok');
    inner = outcome === true ? field(result, 'value') : field(result, 'error');
  } catch {
    return err(refused(name, 'the input could not be read (a getter or proxy threw).'));
  }
  if (typeof outcome !== 'boolean') return err(refused(name, 'not a Result (no boolean `ok`).'));
  return readScoring(outcome ? 'Scored' : 'Unscorable', inner, outcome);
}
