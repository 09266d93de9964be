import {
  type Actor,
  type AdministrationMode,
  type Assessment,
  type IsoInstant,
  type ItemResponse,
  type ParseError,
  parseAssessment,
  type Result,
} from '@livewell/core';
import type { Scored } from '../engine/types.js';

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

/**
 * Turns a {@link Scored} result into a persisted {@link Assessment} (total, subscales, band,
 * flags, engine provenance). Validates the ids and instant; never throws.
 *
 * @example
 * const scored = score(phq9, responses);
 * if (scored.ok) assessmentFromScored(scored.value, { id: ids('assessment'), tenantId, personId, completedAt: now, responses });
 */
export function assessmentFromScored(
  scored: Scored,
  context: AssessmentContext,
): Result<Assessment, ParseError> {
  return parseAssessment({
    schemaVersion: 1,
    id: context.id,
    tenantId: context.tenantId,
    personId: context.personId,
    instrument: scored.instrument,
    completedAt: context.completedAt,
    responses: context.responses,
    scores: {
      total: scored.total,
      subscales: scored.subscales.map((s) => ({ id: s.id, score: s.score })),
    },
    ...(scored.band ? { band: scored.band } : {}),
    flags: scored.flags,
    provenance: {
      kind: 'engine',
      engine: ENGINE_NAME,
      instrumentVersion: scored.instrument.version,
    },
    ...(context.mode ? { mode: context.mode } : {}),
    ...(context.recordedBy ? { recordedBy: context.recordedBy } : {}),
  });
}
