import {
  type Actor,
  type AdministrationMode,
  type DomainError,
  domainError,
  err,
  type InstrumentDefinition,
  type IsoInstant,
  type ItemResponse,
  ok,
  type ParseError,
  type PracticeAssessment,
  parsePracticeAssessment,
  type Result,
  subjectKindOfInstrument,
  unreadableInput,
} from '@livewell/core';
import { score } from '../engine/score.js';
import type { Unscorable } from '../engine/types.js';
import { ENGINE_NAME } from './from-scored.js';
import { readContext } from './read-context.js';

/** Where a practice's assessment is being recorded: ids and time come in as arguments. */
export interface PracticeAssessmentContext {
  readonly id: string;
  readonly tenantId: string;
  /** The practice (organisation) assessed. */
  readonly practiceId: string;
  readonly completedAt: IsoInstant;
  readonly mode?: AdministrationMode;
  readonly recordedBy?: Actor;
}

/** Why a practice assessment could not be recorded. */
export type PracticeAssessmentError = Unscorable | ParseError | DomainError<'wrong-subject'>;

/**
 * Scores a practice's answers to an instrument about a practice (the Year of Care-shaped
 * checklist, livewell's practice readiness assessment) and returns the
 * {@link PracticeAssessment} to store. Refuses an instrument about a person or practitioner
 * (`wrong-subject`); answers that cannot be scored return the engine's `Unscorable`. Never throws.
 *
 * @example
 * const r = assessPractice(practiceReadiness, answers, { id, tenantId, practiceId, completedAt: now });
 * if (r.ok) await store.practiceAssessments.append(r.value);
 */
export function assessPractice(
  definition: InstrumentDefinition,
  responses: readonly ItemResponse[],
  context: PracticeAssessmentContext,
): Result<PracticeAssessment, PracticeAssessmentError> {
  let about: string;
  try {
    about = subjectKindOfInstrument(String(definition.id));
  } catch {
    return err(domainError('wrong-subject', 'The instrument could not be read.'));
  }
  if (about !== 'practice') {
    return err(
      domainError('wrong-subject', `${definition.id} assesses a ${about}, not a practice.`, {
        instrumentId: definition.id,
        assesses: about,
      }),
    );
  }
  const read = readContext('PracticeAssessmentContext', context, [
    'id',
    'tenantId',
    'practiceId',
    'completedAt',
    'mode',
    'recordedBy',
  ]);
  if (!read.ok) return read;
  const scored = score(definition, responses);
  if (!scored.ok) return scored;
  const ctx = read.value;
  const result = scored.value;
  const answers = storedAnswers(responses, new Set(result.missingItems));
  if (answers === undefined) return err(unreadableInput('PracticeAssessment', ['responses']));
  const assessment = parsePracticeAssessment({
    schemaVersion: 1,
    id: ctx.id,
    tenantId: ctx.tenantId,
    subject: { kind: 'practice', practiceId: ctx.practiceId },
    instrument: result.instrument,
    completedAt: ctx.completedAt,
    responses: answers,
    scores: {
      total: result.total,
      subscales: result.subscales.map((s) => ({ id: s.id, score: s.score })),
    },
    ...(result.band ? { band: { code: result.band.code, label: result.band.label } } : {}),
    provenance: {
      kind: 'engine',
      engine: ENGINE_NAME,
      instrumentVersion: result.instrument.version,
    },
    ...(ctx.mode ? { mode: ctx.mode } : {}),
    ...(ctx.recordedBy ? { recordedBy: ctx.recordedBy } : {}),
  });
  return assessment.ok ? ok(assessment.value) : assessment;
}

/** The answers as stored (an invalid answer as unanswered), or `undefined` if unreadable. */
function storedAnswers(
  responses: readonly ItemResponse[],
  missing: ReadonlySet<string>,
): ItemResponse[] | undefined {
  try {
    return responses.map((r) => ({
      itemId: r.itemId,
      value: missing.has(r.itemId) ? null : r.value,
    }));
  } catch {
    return undefined;
  }
}
