import {
  type ActivationLevel,
  type Assessment,
  AssessmentSchema,
  type DomainError,
  domainError,
  err,
  makeListParser,
  ok,
  type ParseError,
  type Result,
} from '@livewell/core';
import { latestLevelledPerPerson } from './latest.js';
import { type Spread, spreadOf } from './stats.js';
import {
  type ServiceUse,
  type UtilisationError,
  type UtilisationReport,
  utilisationByLevel,
} from './utilisation.js';

/** Options for {@link cohortReport}. */
export interface CohortOptions {
  /** Instruments that carry a level (default PAM-13 and PAM-10). */
  readonly instrumentIds?: readonly string[];
  /** Per-person service use; when given, the report includes rates by level. */
  readonly serviceUse?: readonly ServiceUse[];
  readonly confidence?: number;
}

/** A person on the prioritised list. */
export interface PriorityEntry {
  readonly rank: number;
  readonly personId: string;
  readonly assessmentId: string;
  readonly level: ActivationLevel;
  readonly score: number;
  readonly reason: string;
}

/** A population's activation: distribution, spread, priorities and (optionally) service use. */
export interface CohortReport {
  readonly people: number;
  readonly distribution: readonly {
    readonly level: ActivationLevel;
    readonly count: number;
    readonly percent: number;
  }[];
  /** Percentage at levels 1–2 (one decimal). */
  readonly shareAtLevels1And2: number;
  readonly score: Spread | null;
  /** People at levels 1–2, lowest level then lowest score first: those likely to gain most from support. */
  readonly priority: readonly PriorityEntry[];
  readonly utilisation?: UtilisationReport;
}

/** Why a cohort report could not be built. */
export type CohortError = DomainError<'mixed-tenants'> | UtilisationError | ParseError;

const parseAssessments = makeListParser('Assessment list', AssessmentSchema);

/** The caller's options, copied once and checked (`invalid-input` otherwise). */
function readOptions(options: unknown): Result<CohortOptions, ParseError> {
  const invalid = (why: string): ParseError => ({
    code: 'invalid-input',
    message: `Invalid CohortOptions: ${why}`,
    schema: 'CohortOptions',
    issues: [{ path: [], code: 'custom', message: why }],
  });
  if (options === null || typeof options !== 'object') return err(invalid('not an object.'));
  try {
    const o = options as Record<string, unknown>;
    const { instrumentIds, serviceUse, confidence } = o;
    if (
      instrumentIds !== undefined &&
      !(Array.isArray(instrumentIds) && instrumentIds.every((id) => typeof id === 'string'))
    ) {
      return err(invalid('`instrumentIds` is not a list of instrument ids.'));
    }
    if (confidence !== undefined && typeof confidence !== 'number') {
      return err(invalid('`confidence` is not a number.'));
    }
    return ok({
      ...(instrumentIds !== undefined ? { instrumentIds: [...(instrumentIds as string[])] } : {}),
      ...(serviceUse !== undefined ? { serviceUse: serviceUse as readonly ServiceUse[] } : {}),
      ...(confidence !== undefined ? { confidence } : {}),
    });
  } catch {
    return err(invalid('the options could not be read (a getter or proxy threw).'));
  }
}

const pct = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;

/**
 * Builds a cohort report from a population's assessments (one tenant): each person's latest
 * levelled assessment, the distribution by level, the share at levels 1–2, mean and spread,
 * a prioritised list, and — given per-person service use — rates by level with the level 4
 * vs level 1 rate ratio. Pure. Assessments or options that are not what they should be:
 * `invalid-input`.
 */
export function cohortReport(
  assessmentsInput: readonly Assessment[],
  optionsInput: CohortOptions = {},
): Result<CohortReport, CohortError> {
  const parsed = parseAssessments(assessmentsInput);
  if (!parsed.ok) return parsed;
  const assessments = parsed.value;
  const read = readOptions(optionsInput);
  if (!read.ok) return read;
  const options = read.value;
  const tenants = new Set(assessments.map((a) => a.tenantId));
  if (tenants.size > 1) {
    return err(
      domainError(
        'mixed-tenants',
        'A cohort report covers one tenant; these assessments belong to several.',
      ),
    );
  }
  const latest = latestLevelledPerPerson(
    assessments,
    options.instrumentIds ?? ['pam-13', 'pam-10'],
  );
  const people = latest.length;
  const distribution = ([1, 2, 3, 4] as const).map((level) => {
    const n = latest.filter((a) => a.level === level).length;
    return { level, count: n, percent: pct(n, people) };
  });
  const low = latest.filter((a) => a.level === 1 || a.level === 2);
  const priority = [...low]
    .sort(
      (a, b) =>
        (a.level ?? 0) - (b.level ?? 0) ||
        a.scores.total - b.scores.total ||
        (a.personId < b.personId ? -1 : 1),
    )
    .map(
      (a, i): PriorityEntry => ({
        rank: i + 1,
        personId: a.personId,
        assessmentId: a.id,
        level: a.level as ActivationLevel,
        score: a.scores.total,
        reason:
          a.level === 1
            ? 'Level 1: may feel overwhelmed; people starting lowest tend to gain most from tailored support.'
            : 'Level 2: building knowledge and confidence; coaching and education are likely to help.',
      }),
    );
  let utilisation: UtilisationReport | undefined;
  if (options.serviceUse) {
    const u = utilisationByLevel(latest, options.serviceUse, options.confidence);
    if (!u.ok) return u;
    utilisation = u.value;
  }
  return ok({
    people,
    distribution,
    shareAtLevels1And2: pct(low.length, people),
    score: spreadOf(latest.map((a) => a.scores.total)),
    priority,
    ...(utilisation ? { utilisation } : {}),
  });
}
