import {
  type ActivationLevel,
  type Actor,
  type AdministrationMode,
  err,
  type IsoInstant,
  type ItemResponse,
  ok,
  parseScoredAssessment,
  type Result,
  type ScoredAssessment,
} from '@livewell/core';
import { readContext } from '../assessment/read-context.js';
import { checkLicensedResult, type LicensedResultError } from './check-licensed-result.js';
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

export type { LicensedResultError };

/** A recorded licensed result: the assessment to store and any warnings to show. */
export interface RecordedLicensedResult {
  readonly assessment: ScoredAssessment;
  readonly warnings: readonly LevelDisagreement[];
}

/**
 * Records a result from a licensed external scorer as a {@link ScoredAssessment}, storing the score
 * and level exactly as returned, with provenance (scorer, licence reference, instrument
 * version). Checks it belongs to the descriptor’s instrument and range; for PAM, warns (never
 * changes anything) when the level disagrees with the chosen published cut-point set. An
 * instrument about a practitioner (CS-PAM) is refused with `wrong-subject` (and is a type
 * error): record it with `recordPractitionerResult`.
 */
export function recordLicensedResult(
  descriptor: LicensedInstrumentDescriptor,
  input: unknown,
  context: LicensedResultContext,
): Result<RecordedLicensedResult, LicensedResultError> {
  const checked = checkLicensedResult(descriptor, input, 'person');
  if (!checked.ok) return checked;
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
  const result = checked.value;
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
