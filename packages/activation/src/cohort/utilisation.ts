import {
  type ActivationLevel,
  type DomainError,
  domainError,
  err,
  makeListParser,
  ok,
  type ParseError,
  type Result,
  type ScoredAssessment,
  ScoredAssessmentSchema,
} from '@livewell/core';
import { poissonRateRatio, type RateRatio } from './stats.js';

/** One person's service use over the observation period. */
export interface ServiceUse {
  readonly personId: string;
  readonly gpAppointments: number;
  readonly aeAttendances: number;
  readonly emergencyAdmissions: number;
  /** Length of observation in years; default 1. */
  readonly personYears?: number;
}

/** The outcomes counted. */
export type UseOutcome = 'gpAppointments' | 'aeAttendances' | 'emergencyAdmissions';

/** Events and rate per person-year at one level. */
export interface LevelRate {
  readonly level: ActivationLevel;
  readonly people: number;
  readonly events: number;
  readonly personYears: number;
  /** Events per person-year (3 decimals); `null` with no people. */
  readonly rate: number | null;
}

/** Rates by level for one outcome, and level 4 vs level 1. */
export interface OutcomeRates {
  readonly outcome: UseOutcome;
  readonly byLevel: readonly LevelRate[];
  /** Crude (unadjusted) rate ratio, level 4 vs level 1; `null` when a group has no events. */
  readonly level4VsLevel1: RateRatio | null;
}

/** Service use by activation level (the shape of Barker et al. 2018, unadjusted). */
export interface UtilisationReport {
  readonly outcomes: readonly OutcomeRates[];
  /** People in the cohort with no service-use record (left out of the rates). */
  readonly withoutUseRecord: number;
  /** Use records for people not in the cohort (ignored). */
  readonly unmatchedUseRecords: number;
}

/** Why service use could not be summarised (`invalid-input`: the assessments are not scored assessments). */
export type UtilisationError =
  | DomainError<'invalid-service-use' | 'duplicate-service-use'>
  | ParseError;

const parseScoredList = makeListParser('ScoredAssessment list', ScoredAssessmentSchema);

const invalidUse = (message: string) => err(domainError('invalid-service-use', message));

/** Copies the caller's service-use records once (reading them cannot throw later). */
function readServiceUse(use: unknown): Result<ServiceUse[], UtilisationError> {
  try {
    if (!Array.isArray(use)) return invalidUse('Service use is a list of records.');
    const copies: ServiceUse[] = [];
    for (let i = 0; i < use.length; i++) {
      const u: unknown = use[i];
      if (u === null || typeof u !== 'object')
        return invalidUse(`Service use ${i} is not a record.`);
      const r = u as Record<string, unknown>;
      if (typeof r.personId !== 'string') return invalidUse(`Service use ${i} names no person.`);
      copies.push({
        personId: r.personId,
        gpAppointments: r.gpAppointments as number,
        aeAttendances: r.aeAttendances as number,
        emergencyAdmissions: r.emergencyAdmissions as number,
        ...(r.personYears !== undefined ? { personYears: r.personYears as number } : {}),
      });
    }
    return { ok: true, value: copies };
  } catch {
    return invalidUse('The service use could not be read (a getter or proxy threw).');
  }
}

const outcomes: readonly UseOutcome[] = ['gpAppointments', 'aeAttendances', 'emergencyAdmissions'];
const count = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/**
 * Rates of GP appointments, A&E attendances and emergency admissions per person-year by
 * activation level, and the level 4 vs level 1 rate ratio with a confidence interval. Crude
 * association only — Barker et al. adjusted for age, sex, deprivation and conditions.
 */
export function utilisationByLevel(
  latestInput: readonly ScoredAssessment[],
  useInput: readonly ServiceUse[],
  confidence = 0.95,
): Result<UtilisationReport, UtilisationError> {
  const parsed = parseScoredList(latestInput);
  if (!parsed.ok) return parsed;
  const latest = parsed.value;
  const use = readServiceUse(useInput);
  if (!use.ok) return use;
  const byPerson = new Map<string, ServiceUse>();
  for (const u of use.value) {
    const years = u.personYears ?? 1;
    if (!outcomes.every((o) => count(u[o])) || !(years > 0 && Number.isFinite(years))) {
      return err(
        domainError(
          'invalid-service-use',
          `Service use for ${u.personId} must be whole counts ≥ 0 over a positive time.`,
        ),
      );
    }
    if (byPerson.has(u.personId)) {
      return err(
        domainError('duplicate-service-use', `More than one service-use record for ${u.personId}.`),
      );
    }
    byPerson.set(u.personId, u);
  }
  const cohort = new Set(latest.map((a) => a.personId as string));
  const matched = latest.filter((a) => byPerson.has(a.personId) && a.level !== undefined);
  const report = outcomes.map((outcome): OutcomeRates => {
    const byLevel = ([1, 2, 3, 4] as const).map((level): LevelRate => {
      const people = matched
        .filter((a) => a.level === level)
        .map((a) => byPerson.get(a.personId) as ServiceUse);
      const events = people.reduce((s, u) => s + u[outcome], 0);
      const personYears = people.reduce((s, u) => s + (u.personYears ?? 1), 0);
      return {
        level,
        people: people.length,
        events,
        personYears,
        rate: personYears > 0 ? Math.round((events / personYears) * 1000) / 1000 : null,
      };
    });
    const [l1, , , l4] = byLevel;
    return {
      outcome,
      byLevel,
      level4VsLevel1:
        l1 && l4
          ? poissonRateRatio(l4.events, l4.personYears, l1.events, l1.personYears, confidence)
          : null,
    };
  });
  return ok({
    outcomes: report,
    withoutUseRecord: latest.filter((a) => !byPerson.has(a.personId)).length,
    unmatchedUseRecords: [...byPerson.keys()].filter((id) => !cohort.has(id)).length,
  });
}
