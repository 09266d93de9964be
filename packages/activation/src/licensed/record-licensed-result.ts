import {
  type ActivationLevel,
  type Actor,
  type AdministrationMode,
  type DomainError,
  domainError,
  err,
  type IsoInstant,
  type ItemResponse,
  ok,
  type ParseError,
  parseLicensedResult,
  parseScoredAssessment,
  type Result,
  type ScoredAssessment,
} from '@livewell/core';
import { readContext } from '../assessment/read-context.js';
import { levelUnderCutPoints, type PamCutPointSetId, pamCutPointSets } from './cut-points.js';
import type { LicensedInstrumentDescriptor } from './descriptors.js';

/** Where the licensed result is being recorded: ids and time come in, never invented. */
export interface LicensedResultContext {
  readonly id: string;
  readonly tenantId: string;
  readonly personId: string;
  readonly completedAt: IsoInstant;
  /** Coded answers, only if the deployment’s licence lets it keep them. Default none. */
  readonly responses?: readonly ItemResponse[];
  readonly mode?: AdministrationMode;
  readonly recordedBy?: Actor;
  /** The PAM cut-point set to check the supplied level against (warning only). Default `current`. */
  readonly checkLevelAgainst?: PamCutPointSetId | 'none';
}

/** A non-blocking note: the supplied level disagrees with a published cut-point set. */
export interface LevelDisagreement {
  readonly code: 'level-disagrees-with-cut-points';
  readonly message: string;
  readonly suppliedLevel: ActivationLevel;
  readonly levelUnderSet: ActivationLevel;
  readonly cutPointSet: PamCutPointSetId;
  /** Whether the other published set agrees with the supplied level. */
  readonly otherSetAgrees: boolean;
}

/** Why a licensed result could not be recorded. */
export type LicensedResultError =
  | ParseError
  | DomainError<'wrong-instrument' | 'wrong-result-kind' | 'score-out-of-range'>;

/** A recorded licensed result: the assessment to store and any warnings to show. */
export interface RecordedLicensedResult {
  readonly assessment: ScoredAssessment;
  readonly warnings: readonly LevelDisagreement[];
}

const decimalsOk = (value: number, decimals: number): boolean => {
  const f = 10 ** decimals;
  return Math.abs(value * f - Math.round(value * f)) < 1e-6;
};

/**
 * Records a result from a licensed external scorer as a {@link ScoredAssessment}, storing the score
 * and level exactly as returned, with provenance (scorer, licence reference, instrument
 * version). Checks it belongs to the descriptor’s instrument and range; for PAM, warns (never
 * changes anything) when the level disagrees with the chosen published cut-point set.
 */
export function recordLicensedResult(
  descriptor: LicensedInstrumentDescriptor,
  input: unknown,
  context: LicensedResultContext,
): Result<RecordedLicensedResult, LicensedResultError> {
  const parsed = parseLicensedResult(input);
  if (!parsed.ok) return parsed;
  const read = readContext('LicensedResultContext', context, [
    'id',
    'tenantId',
    'personId',
    'completedAt',
    'responses',
    'mode',
    'recordedBy',
    'checkLevelAgainst',
  ]);
  if (!read.ok) return read;
  const ctx = read.value;
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
  const warnings: LevelDisagreement[] = [];
  const setId = ctx.checkLevelAgainst ?? 'current';
  if (setId !== 'none' && !Object.hasOwn(pamCutPointSets, setId)) {
    return err({
      code: 'invalid-input',
      message: `Invalid LicensedResultContext at checkLevelAgainst: no cut-point set "${String(setId).slice(0, 40)}".`,
      schema: 'LicensedResultContext',
      issues: [
        { path: ['checkLevelAgainst'], code: 'invalid_value', message: 'Unknown cut-point set.' },
      ],
    });
  }
  if (result.kind === 'activation' && setId !== 'none') {
    const chosen = pamCutPointSets[setId];
    const other = pamCutPointSets[setId === 'current' ? 'hibbard-era' : 'current'];
    const levelUnderSet = levelUnderCutPoints(result.score, chosen);
    if (levelUnderSet !== result.level) {
      const otherSetAgrees = levelUnderCutPoints(result.score, other) === result.level;
      warnings.push({
        code: 'level-disagrees-with-cut-points',
        message: `The scorer gave level ${result.level} for ${result.score}; the ${chosen.label.toLowerCase()} give level ${levelUnderSet}.${otherSetAgrees ? ' The other published set agrees with the scorer.' : ''} The scorer’s level is stored.`,
        suppliedLevel: result.level,
        levelUnderSet,
        cutPointSet: setId,
        otherSetAgrees,
      });
    }
  }
  const assessment = parseScoredAssessment({
    schemaVersion: 1,
    id: ctx.id,
    tenantId: ctx.tenantId,
    personId: ctx.personId,
    instrument: result.instrument,
    completedAt: ctx.completedAt,
    responses: ctx.responses ?? [],
    scores: { total: result.score, subscales: [] },
    ...(result.kind === 'activation' ? { level: result.level } : {}),
    flags: [],
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
  if (!assessment.ok) return assessment;
  return ok({ assessment: assessment.value, warnings });
}
