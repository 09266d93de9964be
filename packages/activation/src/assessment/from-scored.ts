import {
  type Actor,
  type AdministrationMode,
  type Assessment,
  type IsoInstant,
  type ItemResponse,
  ItemResponseSchema,
  type ParseError,
  parseAssessment,
  parseScoredAssessment,
  type Result,
  type ScoredAssessment,
} from '@livewell/core';
import type { Scored, Unscorable } from '../engine/types.js';
import { readContext } from './read-context.js';
import { readScoring, readScoringResult, type ScoringParts } from './read-scoring.js';

/** The name livewell records as the engine in assessment provenance. */
export const ENGINE_NAME = '@livewell/activation';

/** Where a scored response set is being recorded: ids and time come in as arguments. */
export interface AssessmentContext {
  readonly id: string;
  readonly tenantId: string;
  readonly personId: string;
  readonly completedAt: IsoInstant;
  /** The responses that were scored (stored with the assessment). */
  readonly responses: readonly ItemResponse[];
  readonly mode?: AdministrationMode;
  readonly recordedBy?: Actor;
}

/** The most responses and the longest message an assessment holds (the schema's limits). */
const MAX_RESPONSES = 200;
const MAX_MESSAGE = 1000;

const contextKeys = [
  'id',
  'tenantId',
  'personId',
  'completedAt',
  'responses',
  'mode',
  'recordedBy',
] as const;

const common = (context: Partial<AssessmentContext>, version: unknown) => ({
  schemaVersion: 1,
  id: context.id,
  tenantId: context.tenantId,
  personId: context.personId,
  completedAt: context.completedAt,
  provenance: { kind: 'engine', engine: ENGINE_NAME, instrumentVersion: version },
  ...(context.mode ? { mode: context.mode } : {}),
  ...(context.recordedBy ? { recordedBy: context.recordedBy } : {}),
});

/**
 * Turns a {@link Scored} result into a persisted assessment (total, subscales, band, flags,
 * missing items, engine provenance). Validates the ids and instant; never throws. Responses
 * without a value are stored as unanswered (`null`). To store every
 * outcome, unscorable ones included, use {@link assessmentFromScoring}.
 *
 * @example
 * const scored = score(phq9, responses);
 * if (scored.ok) assessmentFromScored(scored.value, { id: ids('assessment'), tenantId, personId, completedAt: now, responses });
 */
export function assessmentFromScored(
  scored: Scored,
  context: AssessmentContext,
): Result<ScoredAssessment, ParseError> {
  const parts = readScoring('Scored', scored, true);
  if (!parts.ok) return parts;
  return scoredAssessment(parts.value, context);
}

function scoredAssessment(
  scored: ScoringParts,
  context: AssessmentContext,
): Result<ScoredAssessment, ParseError> {
  const read = readContext('AssessmentContext', context, contextKeys);
  if (!read.ok) return read;
  return parseScoredAssessment({
    ...common(read.value, scored.version),
    instrument: scored.instrument,
    responses: storableResponses(read.value.responses),
    scores: { total: scored.total, subscales: scored.subscales },
    ...(scored.band ? { band: scored.band } : {}),
    flags: scored.flags,
    missingItems: scored.missingItems,
  });
}

/**
 * The responses an assessment can hold: well-formed entries (an absent value stored as `null`,
 * unanswered), the first for each item, at most 200. For a scored set that is every entry; for an
 * unscorable one, what was left out is why it was unscorable, and the stored reason says so.
 */
function storableResponses(responses: unknown): ItemResponse[] {
  const kept: ItemResponse[] = [];
  const seen = new Set<string>();
  try {
    if (!Array.isArray(responses)) return kept;
    const length = Math.min(Number(responses.length) || 0, 10_000);
    for (let r = 0; r < length && kept.length < MAX_RESPONSES; r += 1) {
      const entry: unknown = responses[r];
      const value =
        entry !== null && typeof entry === 'object'
          ? (entry as { value?: unknown }).value
          : undefined;
      const itemId =
        entry !== null && typeof entry === 'object'
          ? (entry as { itemId?: unknown }).itemId
          : undefined;
      const parsed = ItemResponseSchema.safeParse({ itemId, value: value ?? null });
      if (!parsed.success || seen.has(parsed.data.itemId)) continue;
      seen.add(parsed.data.itemId);
      kept.push(parsed.data);
    }
  } catch {
    // An unreadable entry ends the copy; what was read so far is kept.
  }
  return kept;
}

/**
 * Turns any scoring outcome into an assessment the store keeps, so no flag is ever lost: a
 * {@link Scored} result as {@link assessmentFromScored} does, and an {@link Unscorable} one as
 * an assessment with `status: 'unscorable'`, the reason, its flags (a positive PHQ-9 item 9 on an
 * incomplete form) and its missing items, and no scores. Only the responses an assessment can
 * hold are kept for an unscorable set (well-formed, first per item, at most 200). Validates the
 * ids and instant; never throws.
 *
 * @example
 * const result = score(phq9, responses);
 * const assessment = assessmentFromScoring(result, { id, tenantId, personId, completedAt: now, responses });
 * if (assessment.ok) await store.assessments.append(assessment.value);
 */
export function assessmentFromScoring(
  result: Result<Scored, Unscorable>,
  context: AssessmentContext,
): Result<Assessment, ParseError> {
  const parts = readScoringResult(result);
  if (!parts.ok) return parts;
  const outcome = parts.value;
  if (outcome.ok) return scoredAssessment(outcome, context);
  const read = readContext('AssessmentContext', context, contextKeys);
  if (!read.ok) return read;
  const message = outcome.message;
  return parseAssessment({
    ...common(read.value, outcome.version),
    status: 'unscorable',
    instrument: outcome.instrument,
    responses: storableResponses(read.value.responses),
    unscored: {
      code: outcome.code,
      message:
        typeof message === 'string' && message.length > MAX_MESSAGE
          ? `${message.slice(0, MAX_MESSAGE - 1)}…`
          : message,
      answered: outcome.answered,
    },
    flags: outcome.flags,
    missingItems: outcome.missingItems,
  });
}
