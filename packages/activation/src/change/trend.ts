import {
  type IsoInstant,
  instantToMs,
  type PracticeAssessment,
  type PractitionerAssessment,
  subjectKey,
  type TimeZone,
} from '@livewell/core';
import type { ChangeRule } from './change-rules.js';
import type { AssessmentChange } from './compare-assessments.js';
import { compareSubjectAssessments } from './compare-subject-assessments.js';

/** One point of a trend: when, the total and the band. */
export interface TrendPoint {
  readonly assessmentId: string;
  readonly completedAt: IsoInstant;
  readonly total: number;
  readonly band?: string;
}

/** One subject's results on one instrument over time, with the change from first to last. */
export interface SubjectTrend {
  readonly subject: string;
  readonly instrumentId: string;
  /** Oldest first. */
  readonly points: readonly TrendPoint[];
  /** First to latest, by the change rules (absent with fewer than two points). */
  readonly change?: AssessmentChange;
}

/**
 * Groups practitioner or practice assessments of one instrument by subject and orders each
 * group oldest first, with the change from the first to the latest result.
 */
export function subjectTrends(
  assessments: readonly (PractitionerAssessment | PracticeAssessment)[],
  instrumentId: string,
  options: { readonly rule?: ChangeRule; readonly timeZone?: TimeZone } = {},
): SubjectTrend[] {
  const groups = new Map<string, (PractitionerAssessment | PracticeAssessment)[]>();
  for (const a of assessments) {
    if (a.instrument.id !== instrumentId) continue;
    const key = subjectKey(a.subject);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([subject, list]) => {
      const ordered = [...list].sort(
        (a, b) => instantToMs(a.completedAt) - instantToMs(b.completedAt),
      );
      const first = ordered[0];
      const last = ordered[ordered.length - 1];
      const compared =
        first && last && first !== last ? compareSubjectAssessments(first, last, options) : null;
      return {
        subject,
        instrumentId,
        points: ordered.map((a) => ({
          assessmentId: a.id,
          completedAt: a.completedAt,
          total: a.scores.total,
          ...(a.band ? { band: a.band.code } : {}),
        })),
        ...(compared?.ok ? { change: compared.value } : {}),
      };
    });
}
