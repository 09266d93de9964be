import {
  type Actor,
  type AdministrationMode,
  type IsoInstant,
  ok,
  type PractitionerAssessment,
  parsePractitionerAssessment,
  type Result,
} from '@livewell/core';
import { readContext } from '../assessment/read-context.js';
import { checkLicensedResult, type LicensedResultError } from './check-licensed-result.js';
import type { LicensedInstrumentDescriptor } from './descriptors.js';

/** Where a practitioner's licensed result is being recorded: ids and time come in, never invented. */
export interface PractitionerResultContext {
  readonly id: string;
  readonly tenantId: string;
  /** The practitioner the result is about (their own beliefs or skills). */
  readonly practitionerId: string;
  readonly completedAt: IsoInstant;
  readonly mode?: AdministrationMode;
  readonly recordedBy?: Actor;
}

/**
 * Records a result from a licensed scorer for an instrument about a practitioner (CS-PAM) as a
 * {@link PractitionerAssessment}: the score exactly as returned, with the scorer, licence
 * reference and instrument version. The record has no `personId`, so it cannot enter a
 * patient's record. Refuses a person's instrument (`wrong-subject`), another instrument's
 * result, the wrong result kind or a score out of range. Never throws.
 *
 * @example
 * const r = recordPractitionerResult(csPam, scorerReply, { id, tenantId, practitionerId, completedAt: now });
 * if (r.ok) await store.practitionerAssessments.append(r.value);
 */
export function recordPractitionerResult(
  descriptor: LicensedInstrumentDescriptor<'practitioner'>,
  input: unknown,
  context: PractitionerResultContext,
): Result<PractitionerAssessment, LicensedResultError> {
  const checked = checkLicensedResult(descriptor, input, 'practitioner');
  if (!checked.ok) return checked;
  const read = readContext('PractitionerResultContext', context, [
    'id',
    'tenantId',
    'practitionerId',
    'completedAt',
    'mode',
    'recordedBy',
  ]);
  if (!read.ok) return read;
  const ctx = read.value;
  const result = checked.value;
  const assessment = parsePractitionerAssessment({
    schemaVersion: 1,
    id: ctx.id,
    tenantId: ctx.tenantId,
    subject: { kind: 'practitioner', practitionerId: ctx.practitionerId },
    instrument: result.instrument,
    completedAt: ctx.completedAt,
    responses: [],
    scores: { total: result.score, subscales: [] },
    provenance: {
      kind: 'licensed-scorer',
      scorer: result.scorer,
      licenceReference: result.licenceReference,
      instrumentVersion: result.instrument.version,
      scoredAt: result.scoredAt,
    },
    ...(ctx.mode ? { mode: ctx.mode } : {}),
    ...(ctx.recordedBy ? { recordedBy: ctx.recordedBy } : {}),
  });
  return assessment.ok ? ok(assessment.value) : assessment;
}
