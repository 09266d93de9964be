import { type Assessment, instantToMs } from '@livewell/core';

/**
 * Each person's latest assessment among the given instruments (by `completedAt`, then id for
 * ties), keeping only those that carry an activation level.
 */
export function latestLevelledPerPerson(
  assessments: readonly Assessment[],
  instrumentIds: readonly string[],
): Assessment[] {
  const wanted = new Set(instrumentIds);
  const latest = new Map<string, Assessment>();
  for (const a of assessments) {
    if (!wanted.has(a.instrument.id) || a.level === undefined) continue;
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
