import {
  type Assessment,
  type CareTeam,
  type Improvement,
  type IsoInstant,
  instantToMs,
  isScoredAssessment,
  type PracticeAssessment,
  type PractitionerAssessment,
  type PractitionerPlace,
  type TimeZone,
} from '@livewell/core';
import { compareAssessments } from '../change/compare-assessments.js';
import { type SubjectTrend, subjectTrends } from '../change/trend.js';
import { type Interval, meanInterval, proportionInterval } from './interval.js';

/** What the practice report reads: the practice's own records and its patients' assessments. */
export interface PracticeReportInput {
  readonly practiceAssessments: readonly PracticeAssessment[];
  readonly practitionerAssessments: readonly PractitionerAssessment[];
  readonly places: readonly PractitionerPlace[];
  readonly improvements: readonly Improvement[];
  /** Patients' assessments (the activation instrument's are used). */
  readonly patientAssessments: readonly Assessment[];
  readonly careTeams: readonly CareTeam[];
  /** The patients' activation instrument, e.g. `pam-13`. */
  readonly activationInstrumentId: string;
  readonly timeZone?: TimeZone;
}

/** One practitioner's development: completion and their CS-PAM first and latest. */
export interface PractitionerDevelopmentRow {
  readonly practitionerId: string;
  readonly completedAt?: IsoInstant;
  readonly skills: readonly string[];
  readonly csPam?: { readonly first: number; readonly latest: number; readonly difference: number };
}

/** Patients' activation change in one group. Descriptive: counts and 95% intervals only. */
export interface ActivationGroup {
  readonly group: 'care-team-completed-development' | 'care-team-not-completed';
  /** Patients with a baseline and a later follow-up on the instrument. */
  readonly n: number;
  /** Mean change in points, with a 95% interval (`null` when n is 0). */
  readonly meanChange: Interval | null;
  /** How many met the instrument's change rule for meaningful improvement. */
  readonly improved: number;
  /** The share improved (%), with a Wilson 95% interval (`null` when n is 0). */
  readonly improvedShare: Interval | null;
}

/** The practice's own report: readiness, development, CS-PAM, improvements and patients' change. */
export interface PracticeReport {
  readonly readiness: readonly SubjectTrend[];
  readonly development: readonly PractitionerDevelopmentRow[];
  readonly improvementsInRoutineUse: readonly Improvement[];
  readonly improvementsByStatus: Readonly<Record<Improvement['status'], number>>;
  readonly activation: readonly [ActivationGroup, ActivationGroup];
  /** The caveats the figures must be read with, in words. */
  readonly caveats: readonly string[];
}

/** The caveats shown with the activation groups (descriptive only; no causal claims). */
export const PRACTICE_REPORT_CAVEATS: readonly string[] = [
  'These figures describe what happened; they do not show that practitioner development caused any change.',
  'Patients were not allocated to care teams at random: teams differ in who they see, and in much else besides development.',
  'Groups are small; the intervals show how uncertain each figure is, and overlapping intervals mean no difference can be claimed.',
  'Only patients with a baseline and a later follow-up are counted; those who did not repeat the measure may differ.',
  'A care team counts as having completed development when at least one member completed a programme before the patient’s follow-up.',
];

const completedAt = (place: PractitionerPlace): IsoInstant | undefined =>
  place.status === 'completed'
    ? (place.history.findLast((h) => h.status === 'completed')?.at ?? place.updatedAt)
    : undefined;

/**
 * Builds the practice's own report from its records: readiness over time (each readiness
 * instrument, by the change rules), each practitioner's development and CS-PAM first-to-latest
 * change, improvements in routine use, and patients' activation change (earliest to latest on
 * the instrument) grouped by whether someone in their care team had completed development by
 * the follow-up — descriptive only, with counts, 95% intervals and the caveats in words. Pure.
 */
export function practiceReport(input: PracticeReportInput): PracticeReport {
  const options = input.timeZone === undefined ? {} : { timeZone: input.timeZone };
  const readinessIds = [...new Set(input.practiceAssessments.map((a) => a.instrument.id))].sort();
  const readiness = readinessIds.flatMap((id) =>
    subjectTrends(input.practiceAssessments, id, options),
  );

  const firstCompletion = new Map<string, IsoInstant>();
  const skills = new Map<string, Set<string>>();
  for (const place of input.places) {
    const at = completedAt(place);
    if (at === undefined) continue;
    const prev = firstCompletion.get(place.practitionerId);
    if (prev === undefined || instantToMs(at) < instantToMs(prev)) {
      firstCompletion.set(place.practitionerId, at);
    }
    const set = skills.get(place.practitionerId) ?? new Set<string>();
    for (const s of place.skills) set.add(s);
    skills.set(place.practitionerId, set);
  }
  const csPam = new Map(
    subjectTrends(input.practitionerAssessments, 'cs-pam', options).map((t) => [t.subject, t]),
  );
  const practitioners = [
    ...new Set([
      ...input.places.map((p) => p.practitionerId as string),
      ...input.practitionerAssessments.map((a) => a.subject.practitionerId as string),
    ]),
  ].sort();
  const development = practitioners.map((id) => {
    const trend = csPam.get(`practitioner:${id}`);
    const first = trend?.points[0];
    const latest = trend?.points[trend.points.length - 1];
    const done = firstCompletion.get(id);
    return {
      practitionerId: id,
      ...(done === undefined ? {} : { completedAt: done }),
      skills: [...(skills.get(id) ?? [])].sort(),
      ...(first && latest
        ? {
            csPam: {
              first: first.total,
              latest: latest.total,
              difference: Math.round((latest.total - first.total) * 100) / 100,
            },
          }
        : {}),
    };
  });

  const byStatus = { idea: 0, trial: 0, 'in-routine-use': 0, dropped: 0 };
  for (const i of input.improvements) byStatus[i.status] += 1;

  return {
    readiness,
    development,
    improvementsInRoutineUse: input.improvements.filter((i) => i.status === 'in-routine-use'),
    improvementsByStatus: byStatus,
    activation: activationGroups(input, firstCompletion, options),
    caveats: PRACTICE_REPORT_CAVEATS,
  };
}

function activationGroups(
  input: PracticeReportInput,
  firstCompletion: ReadonlyMap<string, IsoInstant>,
  options: { readonly timeZone?: TimeZone },
): readonly [ActivationGroup, ActivationGroup] {
  const byPerson = new Map<string, Assessment[]>();
  for (const a of input.patientAssessments) {
    if (a.instrument.id !== input.activationInstrumentId || !isScoredAssessment(a)) continue;
    byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
  }
  const teams = new Map(input.careTeams.map((t) => [t.personId as string, t]));
  const groups = { completed: [] as number[], not: [] as number[] };
  const improved = { completed: 0, not: 0 };
  for (const [personId, list] of [...byPerson.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ordered = [...list].sort(
      (a, b) => instantToMs(a.completedAt) - instantToMs(b.completedAt),
    );
    const baseline = ordered[0];
    const followUp = ordered[ordered.length - 1];
    if (!baseline || !followUp || baseline === followUp) continue;
    const change = compareAssessments(baseline, followUp, options);
    if (!change.ok) continue;
    const team = teams.get(personId);
    const trained = (team?.members ?? []).some((m) => {
      const at = firstCompletion.get(m.practitionerId);
      return at !== undefined && instantToMs(at) <= instantToMs(followUp.completedAt);
    });
    const key = trained ? 'completed' : 'not';
    groups[key].push(change.value.difference);
    if (change.value.meaningfulImprovement) improved[key] += 1;
  }
  const group = (
    name: ActivationGroup['group'],
    values: readonly number[],
    count: number,
  ): ActivationGroup => ({
    group: name,
    n: values.length,
    meanChange: meanInterval(values),
    improved: count,
    improvedShare: proportionInterval(count, values.length),
  });
  return [
    group('care-team-completed-development', groups.completed, improved.completed),
    group('care-team-not-completed', groups.not, improved.not),
  ];
}
