import {
  type AssessmentSubjectKind,
  type DomainError,
  domainError,
  err,
  type LicensedResult,
  ok,
  type ParseError,
  parseLicensedResult,
  type Result,
} from '@livewell/core';
import type { LicensedInstrumentDescriptor } from './descriptors.js';

/** Why a licensed result could not be recorded. */
export type LicensedResultError =
  | ParseError
  | DomainError<'wrong-instrument' | 'wrong-result-kind' | 'score-out-of-range' | 'wrong-subject'>;

const decimalsOk = (value: number, decimals: number): boolean => {
  const f = 10 ** decimals;
  return Math.abs(value * f - Math.round(value * f)) < 1e-6;
};

/**
 * Checks a result returned by a licensed scorer against the descriptor it is recorded for:
 * whom the instrument assesses (`wrong-subject` when it is not `subject`: CS-PAM is about a
 * practitioner, never a patient), the instrument id, the result kind, the score's range and
 * decimals. Returns the parsed result. Never throws.
 */
export function checkLicensedResult<S extends AssessmentSubjectKind>(
  descriptor: LicensedInstrumentDescriptor<S>,
  input: unknown,
  subject: AssessmentSubjectKind,
): Result<LicensedResult, LicensedResultError> {
  const about: AssessmentSubjectKind = descriptor.subject ?? 'person';
  if (about !== subject) {
    return err(
      domainError(
        'wrong-subject',
        `${descriptor.shortName} assesses a ${about}, so its results cannot be recorded for a ${subject}.`,
        { instrumentId: descriptor.id, assesses: about, recordedFor: subject },
      ),
    );
  }
  const parsed = parseLicensedResult(input);
  if (!parsed.ok) return parsed;
  const result = parsed.value;
  if (result.instrument.id !== descriptor.id) {
    return err(
      domainError(
        'wrong-instrument',
        `This result is for "${result.instrument.id}", not "${descriptor.id}".`,
      ),
    );
  }
  if (result.kind !== descriptor.resultKind) {
    return err(
      domainError(
        'wrong-result-kind',
        `${descriptor.shortName} results are of kind "${descriptor.resultKind}".`,
      ),
    );
  }
  const { min, max } = descriptor.scoreRange;
  if (
    result.score < min ||
    result.score > max ||
    !decimalsOk(result.score, descriptor.scoreDecimals)
  ) {
    return err(
      domainError(
        'score-out-of-range',
        `${descriptor.shortName} scores are ${min}–${max} with at most ${descriptor.scoreDecimals} decimals; got ${result.score}.`,
      ),
    );
  }
  return ok(result);
}
