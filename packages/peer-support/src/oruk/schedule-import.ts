import {
  epochDay,
  type IsoDate,
  isoOfDay,
  type RecordId,
  readPlainJson,
  type Schedule,
  type ScheduleException,
  type TimeZone,
} from '@livewell/core';
import type { OrukNote } from './loss.js';
import { isObject, num, str } from './read.js';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:?\d{2})?$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Maps a UTC offset (minutes) to the zone its times are read in. */
export type ZoneForOffset = (offsetMinutes: number) => TimeZone | undefined;

/**
 * The default reading of HSDS offsets: 0 and +1 hour are UK times, read as `Europe/London`
 * wall-clock times (so a schedule written as 18:00+00:00 means 18:00 all year, in GMT and in
 * BST); other whole-hour offsets become fixed-offset zones (`Etc/GMT-2` is UTC+2).
 */
export const ukZoneForOffset: ZoneForOffset = (offset) => {
  if (offset === 0 || offset === 60) return 'Europe/London';
  if (offset % 60 !== 0 || Math.abs(offset) > 14 * 60) return undefined;
  const hours = -offset / 60;
  return `Etc/GMT${hours >= 0 ? '+' : '-'}${Math.abs(hours)}`;
};

function readTime(text: string | undefined, fallbackOffset: number) {
  const m = text === undefined ? null : TIME.exec(text);
  if (!m) return undefined;
  const [, hh, mm, zone] = m;
  let offset = fallbackOffset;
  if (zone === 'Z') offset = 0;
  else if (zone) {
    const digits = zone.replace(':', '');
    offset =
      (zone.startsWith('-') ? -1 : 1) *
      (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  const minutes = Number(hh) * 60 + Number(mm);
  return minutes < 1440 ? { minutes, offset } : undefined;
}

type Rule = Schedule['recurrence'];

/** The fields of an HSDS schedule we read, each checked for its type (wrong types: absent). */
interface ScheduleFields {
  readonly id: string | undefined;
  readonly freq: string | undefined;
  /** `undefined` when absent; `NaN` when present but not a number. */
  readonly interval: number | undefined;
  readonly byday: string | undefined;
  readonly bymonthday: unknown;
  readonly timezone: number | undefined;
  readonly opensAt: string | undefined;
  readonly closesAt: string | undefined;
  readonly validFrom: string | undefined;
  readonly validTo: string | undefined;
  readonly dtstart: string | undefined;
  readonly until: string | undefined;
  readonly description: string | undefined;
}

function fieldsOf(h: Record<string, unknown>): ScheduleFields {
  return {
    id: str(h.id),
    freq: str(h.freq),
    interval: h.interval === undefined ? undefined : (num(h.interval) ?? Number.NaN),
    byday: str(h.byday),
    bymonthday: h.bymonthday,
    timezone: num(h.timezone),
    opensAt: str(h.opens_at),
    closesAt: str(h.closes_at),
    validFrom: str(h.valid_from),
    validTo: str(h.valid_to),
    dtstart: str(h.dtstart),
    until: str(h.until),
    description: str(h.description),
  };
}

function readRule(h: ScheduleFields): Rule | undefined {
  const interval = h.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 52) return undefined;
  const parts = (h.byday ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const parsed = parts.map((s) => /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(s));
  if (parsed.length === 0 || parsed.some((m) => m === null) || h.bymonthday) return undefined;
  const days = parsed.map((m) => ({
    ordinal: m?.[1] ? Number(m[1]) : 0,
    weekday: DAYS.indexOf(m?.[2] ?? '') + 1,
  }));
  if (h.freq === 'WEEKLY' && days.every((d) => d.ordinal === 0)) {
    return { freq: 'weekly', interval, weekdays: [...new Set(days.map((d) => d.weekday))] };
  }
  if (h.freq === 'MONTHLY' && days.every((d) => d.ordinal !== 0 && Math.abs(d.ordinal) <= 5)) {
    const seen = new Set<string>();
    return {
      freq: 'monthly',
      interval,
      days: days.filter(
        (d) => !seen.has(`${d.ordinal}:${d.weekday}`) && seen.add(`${d.ordinal}:${d.weekday}`),
      ),
    };
  }
  return undefined;
}

/**
 * Reads an HSDS schedule as ours. Times are wall-clock times in the zone `zoneForOffset` picks
 * for the opening offset (UK offsets: `Europe/London`); a closing offset that maps to another
 * zone is converted so the closing instant is kept. `dtstart` before `valid_from` keeps the
 * interval's phase (a closure covers the days between). Anything unreadable — not an object, a
 * field of the wrong type, a rule we cannot hold — skips the schedule with a note, never a
 * guess and never a throw; the input is only read.
 */
export function importSchedule(
  input: unknown,
  zoneForOffset: ZoneForOffset,
  path: string,
): { schedule?: Schedule; notes: OrukNote[] } {
  const skip = (code: OrukNote['code'], message: string) => ({ notes: [{ path, code, message }] });
  const copy = readPlainJson(input, 'HSDS schedule');
  if (!copy.ok)
    return skip('unknown-value', `the schedule could not be read: ${copy.error.message}`);
  if (!isObject(copy.value)) return skip('unknown-value', 'the schedule is not an object');
  const h = fieldsOf(copy.value);
  if (h.id === undefined || h.id === '') return skip('unknown-value', 'the schedule has no id');
  const rule = readRule(h);
  if (!rule)
    return skip(
      'unsupported-rule',
      `freq ${h.freq ?? '?'} byday ${h.byday ?? '?'} is not supported`,
    );
  const fallback = h.timezone === undefined ? 0 : Math.round(h.timezone * 60);
  const open = readTime(h.opensAt, fallback);
  const close = readTime(h.closesAt, fallback);
  if (!open || !close) return skip('unreadable-time', 'opens_at / closes_at are not HH:MM times');
  const zone = zoneForOffset(open.offset);
  if (!zone) return skip('unsupported-offset', `no zone for UTC offset ${open.offset} minutes`);
  // Written times close the next day when the closing wall time is not after the opening one;
  // a closing offset read in another zone is moved into the opening zone, keeping the instant.
  const overnight = close.minutes <= open.minutes ? 1440 : 0;
  const length = close.minutes + overnight - close.offset - (open.minutes - open.offset);
  const sameZone = zoneForOffset(close.offset) === zone;
  if (!sameZone && (length <= 0 || length >= 1440)) {
    return skip(
      'unreadable-time',
      'a session of 24 hours or more cannot be held in one fixed offset',
    );
  }
  const closeMinutes = sameZone ? close.minutes : (open.minutes + length) % 1440;
  if (closeMinutes === open.minutes) return skip('unreadable-time', 'closes when it opens');
  const validFrom = [h.validFrom, h.dtstart].find(
    (d): d is IsoDate => d !== undefined && DATE.test(d),
  );
  if (!validFrom) return skip('missing-date', 'neither valid_from nor dtstart is a date');
  const ends = [h.validTo, h.until]
    .filter((d): d is IsoDate => d !== undefined && DATE.test(d))
    .sort();
  const exceptions: ScheduleException[] = [];
  let anchor = validFrom;
  if (h.dtstart && DATE.test(h.dtstart) && h.dtstart < validFrom && rule.interval > 1) {
    anchor = h.dtstart;
    exceptions.push({
      kind: 'closed',
      from: anchor,
      to: isoOfDay(epochDay(validFrom) - 1),
      reason: 'before valid_from',
    });
  }
  const schedule: Schedule = {
    id: h.id as RecordId,
    timeZone: zone,
    recurrence: rule,
    opensAt: `${pad(Math.floor(open.minutes / 60))}:${pad(open.minutes % 60)}`,
    closesAt: `${pad(Math.floor(closeMinutes / 60))}:${pad(closeMinutes % 60)}`,
    validFrom: anchor,
    bankHolidays: 'open',
    exceptions,
    ...(ends[0] === undefined ? {} : { validTo: ends[0] }),
    ...(h.description === undefined ? {} : { description: h.description }),
  };
  if (schedule.validTo !== undefined && schedule.validTo < schedule.validFrom) {
    return skip('missing-date', 'valid_to is before valid_from');
  }
  return { schedule, notes: [] };
}
