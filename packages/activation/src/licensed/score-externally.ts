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

/**
 * Asks a licensed scorer to score, then records what it returned with `recordLicensedResult`.
 * livewell does no I/O itself: the scorer is the deployment’s. A scorer that throws is
 * reported as `scorer-error`.
 */
export async function scoreExternally(
  scorer: ExternalScorer,
  descriptor: LicensedInstrumentDescriptor,
  request: ExternalScoringRequest,
  context: LicensedResultContext,
): Promise<Result<RecordedLicensedResult, LicensedResultError | ExternalScorerError>> {
  let returned: Awaited<ReturnType<ExternalScorer['score']>>;
  try {
    returned = await scorer.score(request);
  } catch (cause) {
    return err({
      code: 'scorer-error',
      message: `The external scorer failed: ${cause instanceof Error ? cause.message : 'unknown error'}`,
    });
  }
  if (!returned.ok) return returned;
  return recordLicensedResult(descriptor, returned.value, context);
}
