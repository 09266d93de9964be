import { err, type Result } from '@livewell/core';
import type { LicensedInstrumentDescriptor } from './descriptors.js';
import type {
  ExternalScorer,
  ExternalScorerError,
  ExternalScoringRequest,
} from './external-scorer.js';
import {
  type LicensedResultContext,
  type LicensedResultError,
  type RecordedLicensedResult,
  recordLicensedResult,
} from './record-licensed-result.js';

const scorerCodes: ReadonlySet<unknown> = new Set([
  'scorer-unavailable',
  'scorer-rejected',
  'licence-invalid',
  'scorer-error',
]);

const scorerError = (message: string): ExternalScorerError => ({ code: 'scorer-error', message });

/**
 * What the scorer returned, read once: its result, or `scorer-error` when it is not a `Result`
 * (or an error with one of the scorer codes). The value itself is checked by
 * `recordLicensedResult`.
 */
function readReturned(returned: unknown): Result<unknown, ExternalScorerError> {
  try {
    if (returned === null || typeof returned !== 'object') {
      return err(scorerError('The external scorer returned something that is not a Result.'));
    }
    const r = returned as Record<string, unknown>;
    if (r.ok === true) return { ok: true, value: r.value };
    const error = r.error as Record<string, unknown> | null | undefined;
    if (
      r.ok === false &&
      error !== null &&
      typeof error === 'object' &&
      scorerCodes.has(error.code) &&
      typeof error.message === 'string'
    ) {
      return err({ code: error.code as ExternalScorerError['code'], message: error.message });
    }
    return err(scorerError('The external scorer returned something that is not a Result.'));
  } catch {
    return err(scorerError('The external scorer returned a value that could not be read.'));
  }
}

/**
 * Asks a licensed scorer to score, then records what it returned with `recordLicensedResult`.
 * livewell does no I/O itself: the scorer is the deployment’s. A scorer that throws, or returns
 * something that is not a `Result` with one of the scorer codes, is reported as `scorer-error`.
 */
export async function scoreExternally(
  scorer: ExternalScorer,
  descriptor: LicensedInstrumentDescriptor,
  request: ExternalScoringRequest,
  context: LicensedResultContext,
): Promise<Result<RecordedLicensedResult, LicensedResultError | ExternalScorerError>> {
  let returned: unknown;
  try {
    returned = await scorer.score(request);
  } catch (cause) {
    return err({
      code: 'scorer-error',
      message: `The external scorer failed: ${cause instanceof Error ? cause.message : 'unknown error'}`,
    });
  }
  const read = readReturned(returned);
  if (!read.ok) return read;
  return recordLicensedResult(descriptor, read.value, context);
}
