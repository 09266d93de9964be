import type { IsoDate } from '@livewell/core';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a local date (calendar arithmetic, no zone). */
export function epochDay(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** A calendar date split into parts, with its epoch day and ISO weekday (Monday = 1). */
export interface CivilDay {
  readonly day: number;
  readonly iso: IsoDate;
  readonly year: number;
  readonly month: number;
  readonly dayOfMonth: number;
  readonly weekday: number;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The calendar date `day` days after 1970-01-01. */
export function civilDay(day: number): CivilDay {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const dayOfMonth = date.getUTCDate();
  return {
    day,
    iso: `${year}-${pad(month)}-${pad(dayOfMonth)}`,
    year,
    month,
    dayOfMonth,
    weekday: ((((day + 3) % 7) + 7) % 7) + 1,
  };
}

/** Number of days in a month (`month` 1–12). */
export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Minutes after midnight for `HH:MM`. */
export const minutesOf = (time: string): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
