import {
  type Assessment,
  instantToMs,
  isScoredAssessment,
  type ScoredAssessment,
} from '@livewell/core';

/**
 * Each person's latest assessment among the given instruments (by `completedAt`, then id for
 * ties), keeping only scored ones that carry an activation level.
 */
export function latestLevelledPerPerson(
  assessments: readonly Assessment[],
  instrumentIds: readonly string[],
): ScoredAssessment[] {
  const wanted = new Set(instrumentIds);
  const latest = new Map<string, ScoredAssessment>();
  for (const a of assessments) {
    if (!isScoredAssessment(a) || !wanted.has(a.instrument.id) || a.level === undefined) continue;
    const current = latest.get(a.personId);
    const later =
      !current ||
      instantToMs(a.completedAt) > instantToMs(current.completedAt) ||
      (instantToMs(a.completedAt) === instantToMs(current.completedAt) && a.id > current.id);
    if (later) latest.set(a.personId, a);
  }
  return [...latest.values()].sort((x, y) =>
    x.personId < y.personId ? -1 : x.personId > y.personId ? 1 : 0,
  );
}
