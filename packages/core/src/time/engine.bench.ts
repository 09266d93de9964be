/**
 * The time engine's fast paths side by side with the date-fns / @date-fns/tz result they are
 * property-tested equal to. Run: `pnpm vitest bench --run --project core src/time`.
 * Workload: what a schedule expansion does per day (date ↔ epoch day, weekday, month and day)
 * and per session (local wall-clock time → instant, instant → local day), over a year of days.
 */
import { bench, describe } from 'vitest';
import { epochDay, isoOfDay, weekdayOfDay, ymdOfDay } from './civil-day.js';
import {
  epochDayByDateFns,
  isoOfDayByDateFns,
  weekdayOfDayByDateFns,
  ymdOfDayByDateFns,
} from './reference.js';
import { createZoneClock } from './zone-clock.js';
import { instantToMs, localDateOf, msToInstant, wallClockToMs } from './zoned.js';

const DAY_MS = 86_400_000;
const first = epochDay('2026-06-01');
const days = Array.from({ length: 365 }, (_, i) => first + i);
const dates = days.map(isoOfDay);
const zones = ['Europe/London', 'America/New_York'];

describe('civil days: a year of dates (parse, format, weekday, year-month-day)', () => {
  bench('date-fns', () => {
    for (const date of dates) {
      const day = epochDayByDateFns(date);
      isoOfDayByDateFns(day);
      weekdayOfDayByDateFns(day);
      ymdOfDayByDateFns(day);
    }
  });
  bench('engine (epoch-day arithmetic)', () => {
    for (const date of dates) {
      const day = epochDay(date);
      isoOfDay(day);
      weekdayOfDay(day);
      ymdOfDay(day);
    }
  });
});

describe('wall clock → instant: 18:00 and 23:00 on each day of a year, two zones', () => {
  bench('@date-fns/tz (wallClockToMs, as zonedInstant)', () => {
    for (const tz of zones) {
      for (const day of days) {
        wallClockToMs(day * DAY_MS + 1080 * 60_000, tz);
        wallClockToMs(day * DAY_MS + 1380 * 60_000, tz);
      }
    }
  });
  const clock = createZoneClock();
  bench('engine (ZoneClock, kept between runs as the search index keeps it)', () => {
    for (const tz of zones) {
      for (const day of days) {
        clock.wallToMs(day, 1080, tz);
        clock.wallToMs(day, 1380, tz);
      }
    }
  });
  bench('engine (a new ZoneClock each run, as nextSessions makes one)', () => {
    const fresh = createZoneClock();
    for (const tz of zones) {
      for (const day of days) {
        fresh.wallToMs(day, 1080, tz);
        fresh.wallToMs(day, 1380, tz);
      }
    }
  });
});

describe('instant → local day: noon UTC on each day of a year, two zones', () => {
  const instants = days.map((d) => msToInstant(d * DAY_MS + 12 * 3_600_000));
  bench('@date-fns/tz (localDateOf)', () => {
    for (const tz of zones) for (const instant of instants) epochDay(localDateOf(instant, tz));
  });
  const clock = createZoneClock();
  bench('engine (ZoneClock.localDay)', () => {
    for (const tz of zones)
      for (const instant of instants) clock.localDay(instantToMs(instant), tz);
  });
});
