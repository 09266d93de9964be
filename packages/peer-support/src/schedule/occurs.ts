import { daysInMonth, epochDay, type Schedule, weekdayOfDay, ymdOfDay } from '@livewell/core';
import type { RawSession } from './session.js';

/** Facts about a schedule worked out once, so each day's test is arithmetic only. */
export interface PreparedSchedule {
  readonly schedule: Schedule;
  readonly fromDay: number;
  readonly toDay: number;
  /** Epoch day of the Monday of the week holding `validFrom` (anchor for weekly intervals). */
  readonly anchorMonday: number;
  readonly anchorMonth: number;
  readonly closures: readonly (readonly [number, number])[];
  /** Sessions already worked out, by chunk of local days (filled by the search index). */
  readonly chunks: Map<string | number, readonly RawSession[]>;
  /** The last first-session answers, by search slot (filled by the search index). */
  readonly firstSessions: (FirstSessionMemo | undefined)[];
  /** One-off extra sessions by epoch day. */
  readonly extras: ReadonlyMap<number, readonly ExtraSession[]>;
  /** The first epoch day anything can start on (validity start or the earliest extra). */
  readonly firstDay: number;
  /** The last epoch day with an extra session (or -Infinity). */
  readonly lastExtraDay: number;
}

/**
 * A remembered answer: `session` is the first session ending after `fromMs` and starting before
 * `untilMs` (undefined: none), with the bank holidays it was worked out under.
 */
export interface FirstSessionMemo {
  readonly fromMs: number;
  readonly untilMs: number;
  readonly holidayKey: string;
  readonly session: RawSession | undefined;
}

/** A one-off extra session from a schedule's exceptions. */
export type ExtraSession = Extract<Schedule['exceptions'][number], { kind: 'extra' }>;

/** Works out the day ranges and anchors of a schedule. */
export function prepareSchedule(schedule: Schedule): PreparedSchedule {
  const fromDay = epochDay(schedule.validFrom);
  const anchorWeekday = weekdayOfDay(fromDay);
  const [y, m] = schedule.validFrom.split('-').map(Number) as [number, number];
  const extras = new Map<number, ExtraSession[]>();
  for (const e of schedule.exceptions) {
    if (e.kind !== 'extra') continue;
    const day = epochDay(e.date);
    extras.set(day, [...(extras.get(day) ?? []), e]);
  }
  return {
    schedule,
    fromDay,
    toDay: schedule.validTo === undefined ? Number.POSITIVE_INFINITY : epochDay(schedule.validTo),
    anchorMonday: fromDay - (anchorWeekday - 1),
    anchorMonth: y * 12 + (m - 1),
    closures: schedule.exceptions.flatMap((e) =>
      e.kind === 'closed' ? [[epochDay(e.from), epochDay(e.to)] as const] : [],
    ),
    extras,
    chunks: new Map(),
    firstSessions: [],
    firstDay: Math.min(fromDay, ...extras.keys()),
    lastExtraDay: Math.max(Number.NEGATIVE_INFINITY, ...extras.keys()),
  };
}

/** True when local epoch day `day` fits the recurrence rule (ignoring validity and exceptions). */
export function matchesRule(p: PreparedSchedule, day: number): boolean {
  const rule = p.schedule.recurrence;
  switch (rule.freq) {
    case 'daily':
      return (day - p.fromDay) % rule.interval === 0;
    case 'weekly': {
      if (!rule.weekdays.includes(weekdayOfDay(day))) return false;
      const weeks = Math.floor((day - p.anchorMonday) / 7);
      return weeks % rule.interval === 0;
    }
    case 'monthly': {
      const weekday = weekdayOfDay(day);
      if (!rule.days.some((d) => d.weekday === weekday)) return false;
      const [year, month, dayOfMonth] = ymdOfDay(day);
      const months = year * 12 + (month - 1) - p.anchorMonth;
      if (months % rule.interval !== 0) return false;
      const fromStart = Math.ceil(dayOfMonth / 7);
      const fromEnd = -Math.ceil((daysInMonth(year, month) - dayOfMonth + 1) / 7);
      return rule.days.some(
        (d) => d.weekday === weekday && (d.ordinal === fromStart || d.ordinal === fromEnd),
      );
    }
  }
}

/**
 * True when a regular session of the schedule starts on local epoch day `day`: inside the
 * validity window, matching the recurrence, not closed, and not a bank holiday (given as
 * epoch days) the schedule closes on.
 */
export function regularSessionOn(
  p: PreparedSchedule,
  day: number,
  bankHolidays: ReadonlySet<number>,
): boolean {
  if (day < p.fromDay || day > p.toDay) return false;
  if (!matchesRule(p, day)) return false;
  for (const [from, to] of p.closures) if (day >= from && day <= to) return false;
  return !(p.schedule.bankHolidays === 'closed' && bankHolidays.has(day));
}
