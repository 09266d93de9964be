import type { IsoDate, IsoInstant, LocalTime, RecordId } from '@livewell/core';

/**
 * One session of a schedule: when it starts and ends (instants), the local date and time it
 * opens, and whether it is a regular or a one-off extra session. When sessions overlap
 * (an extra session during a regular one) they are merged into one, keeping the earlier start.
 */
export interface Session {
  readonly scheduleId: RecordId;
  readonly start: IsoInstant;
  readonly end: IsoInstant;
  /** The local date the session opens on. */
  readonly date: IsoDate;
  /** The local opening time (a time skipped by a clock change opens at the first valid instant after). */
  readonly opensAt: LocalTime;
  readonly kind: 'regular' | 'extra';
}

/** A session in epoch milliseconds, as computed internally. */
export interface RawSession {
  readonly startMs: number;
  endMs: number;
  readonly date: IsoDate;
  readonly opensAt: LocalTime;
  readonly kind: 'regular' | 'extra';
}

/** Options shared by the schedule functions. */
export interface ScheduleOptions {
  /**
   * Bank-holiday dates (local) for schedules with `bankHolidays: 'closed'`, for example from
   * {@link englandAndWalesBankHolidays}. Without them no date counts as a bank holiday.
   */
  readonly bankHolidays?: ReadonlySet<IsoDate> | readonly IsoDate[];
}
