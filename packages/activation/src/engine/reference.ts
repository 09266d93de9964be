import type { Result } from '@livewell/core';
import { scoreByReference } from './reference-score.js';
import { compiledFor, invalidDefinition } from './score.js';
import type { Responses, Scored, Unscorable } from './types.js';

/**
 * Scores with the reference scorer: plain code that defines what a correct score is, kept
 * beside the compiled scorer that `score` uses (the two are property-tested equal). Use it to
 * cross-check results or to read how a score is worked out; it is much slower than `score`.
 * Never throws.
 *
 * @example
 * expect(score(mine, responses)).toEqual(referenceScore(mine, responses));
 */
export function referenceScore(
  instrument: unknown,
  responses: Responses,
): Result<Scored, Unscorable> {
  const compiled = compiledFor(instrument);
  if (!compiled.ok) return invalidDefinition(instrument, compiled.error);
  return scoreByReference(compiled.value.definition, responses);
}
