import {
  type DevelopmentSkill,
  type IsoInstant,
  instantToMs,
  type PractitionerId,
  type PractitionerPlace,
  type RecordId,
} from '@livewell/core';

/** One completed development programme in a practitioner's record. */
export interface CompletedDevelopment {
  readonly placeId: RecordId;
  readonly programmeId: RecordId;
  readonly completedAt: IsoInstant;
  readonly skills: readonly DevelopmentSkill[];
  /** Sessions attended (workshops, action learning set meetings, one-to-one support). */
  readonly attended: number;
}

/** A practitioner's development record: completed programmes, the skills built, what is under way. */
export interface DevelopmentRecord {
  readonly practitionerId: PractitionerId;
  /** Oldest first. */
  readonly completed: readonly CompletedDevelopment[];
  /** Every skill of a completed programme, sorted, once each. */
  readonly skills: readonly DevelopmentSkill[];
  /** Places enrolled or waiting. */
  readonly inProgress: number;
  /** The earliest completion, if any (when the practitioner "completed development"). */
  readonly firstCompletedAt?: IsoInstant;
}

/**
 * A practitioner's development record from their places: a place counts once it is `completed`
 * (by the programme's completion rule); its skills join the record from then. Pure.
 */
export function developmentRecord(
  practitionerId: PractitionerId,
  places: readonly PractitionerPlace[],
): DevelopmentRecord {
  const mine = places.filter((p) => p.practitionerId === practitionerId);
  const completed = mine
    .filter((p) => p.status === 'completed')
    .map((p) => ({
      placeId: p.id,
      programmeId: p.programmeId,
      completedAt: p.history.findLast((h) => h.status === 'completed')?.at ?? p.updatedAt,
      skills: p.skills,
      attended: p.attendance.filter((a) => a.status === 'attended').length,
    }))
    .sort((a, b) => instantToMs(a.completedAt) - instantToMs(b.completedAt));
  const skills = [...new Set(completed.flatMap((c) => c.skills))].sort();
  const first = completed[0];
  return {
    practitionerId,
    completed,
    skills,
    inProgress: mine.filter((p) => p.status === 'enrolled' || p.status === 'waiting-listed').length,
    ...(first ? { firstCompletedAt: first.completedAt } : {}),
  };
}
