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
import { matchesRule, prepareSchedule } from '../schedule/occurs.js';
import type { OrukNote } from './loss.js';
import { isObject, num, shown, str } from './read.js';
import { readRule } from './schedule-rule.js';

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

/** The scalar fields of an HSDS schedule, each checked for its type (wrong types: absent). */
function fieldsOf(h: Record<string, unknown>) {
  return {
    id: str(h.id),
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

/** The fields of an HSDS schedule an import keeps when the schedule is read. */
const KEPT = [
  'id',
  'freq',
  'interval',
  'byday',
  'opens_at',
  'closes_at',
  'valid_from',
  'valid_to',
  'dtstart',
  'until',
  'count',
  'timezone',
  'description',
  'wkst',
];

/** What reading one HSDS schedule gave: the schedule (or why not), and the fields kept. */
export interface ScheduleReading {
  readonly schedule?: Schedule;
  readonly notes: OrukNote[];
  /** The source fields held by `schedule` (empty when it was not imported). */
  readonly kept: readonly string[];
}

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/;

/**
 * Reads an HSDS schedule as ours. Times are wall-clock times in the zone `zoneForOffset` picks
 * for the opening offset (UK offsets: `Europe/London`); a closing offset that maps to another
 * zone is converted so the closing instant is kept. The rule is read by `readRule`: anything it
 * cannot hold exactly skips the schedule with a precise `unsupported-rule` note — never a wider
 * schedule. `dtstart` anchors the interval (RFC 5545), sessions start no earlier than
 * `valid_from` or `dtstart`, and end by `valid_to`, `until` or the `count`-th occurrence,
 * whichever is first. Never throws; the input is only read.
 */
export function importSchedule(
  input: unknown,
  zoneForOffset: ZoneForOffset,
  path: string,
): ScheduleReading {
  const skip = (code: OrukNote['code'], message: string): ScheduleReading => ({
    notes: [{ path, code, message: `schedule not imported (timetable unknown): ${message}` }],
    kept: [],
  });
  const copy = readPlainJson(input, 'HSDS schedule');
  if (!copy.ok)
    return skip('unknown-value', `the schedule could not be read: ${copy.error.message}`);
  if (!isObject(copy.value)) return skip('unknown-value', 'the schedule is not an object');
  const raw = copy.value;
  const h = fieldsOf(raw);
  if (h.id === undefined || h.id === '') return skip('unknown-value', 'the schedule has no id');
  const reading = readRule({
    freq: raw.freq,
    interval: raw.interval,
    byday: raw.byday,
    bymonthday: raw.bymonthday,
    wkst: raw.wkst,
    extra: raw,
  });
  if (!reading.ok) return skip('unsupported-rule', reading.why);
  const rule = reading.rule;
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
  const dateOf = (d: string | undefined) =>
    d !== undefined && DATE.test(d.slice(0, 10)) ? (d.slice(0, 10) as IsoDate) : undefined;
  const dtstart = dateOf(h.dtstart);
  const starts = [dateOf(h.validFrom), dtstart].filter((d): d is IsoDate => d !== undefined).sort();
  const anchor = dtstart ?? starts[0];
  const first = starts[starts.length - 1];
  if (anchor === undefined || first === undefined)
    return skip('missing-date', 'neither valid_from nor dtstart is a date');
  const opensAt = `${pad(Math.floor(open.minutes / 60))}:${pad(open.minutes % 60)}`;
  const ends: IsoDate[] = [];
  const validTo = dateOf(h.validTo);
  if (validTo) ends.push(validTo);
  if (h.until !== undefined) {
    const m = DATE_PREFIX.exec(h.until);
    if (!m) return skip('missing-date', `until ${h.until} is not a date`);
    const day = m[1] as IsoDate;
    // A session opening after the until time that day is no occurrence; an until time within
    // an hour of opening (its offset may differ from the local one) drops that day too.
    const cut = m[2] !== undefined && Number(m[2]) * 60 + Number(m[3]) < open.minutes + 60;
    ends.push(cut ? isoOfDay(epochDay(day) - 1) : day);
  }
  const exceptions: ScheduleException[] = [];
  if (first > anchor) {
    exceptions.push({
      kind: 'closed',
      from: anchor,
      to: isoOfDay(epochDay(first) - 1),
      reason: 'before valid_from',
    });
  }
  const schedule: Schedule = {
    id: h.id as RecordId,
    timeZone: zone,
    recurrence: rule,
    opensAt,
    closesAt: `${pad(Math.floor(closeMinutes / 60))}:${pad(closeMinutes % 60)}`,
    validFrom: anchor,
    bankHolidays: 'open',
    exceptions,
    ...(h.description === undefined ? {} : { description: h.description }),
  };
  if (raw.count !== undefined && raw.count !== null) {
    const count = raw.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 100_000)
      return skip('unsupported-rule', `count ${shown(count)} is not a positive whole number`);
    const last = countedEnd(schedule, count);
    if (last === undefined)
      return skip('unsupported-rule', `count ${count} reaches beyond ${MAX_YEARS} years`);
    ends.push(last);
  }
  ends.sort();
  const end = ends[0];
  if (end !== undefined && end < first)
    return skip('missing-date', 'the schedule ends before it starts');
  const kept = KEPT.filter((k) => raw[k] !== undefined && raw[k] !== null);
  return {
    schedule: end === undefined ? schedule : { ...schedule, validTo: end },
    notes: [],
    kept,
  };
}

const MAX_YEARS = 100;

/** The day of the `count`-th occurrence of the rule from the anchor (RFC 5545 COUNT). */
function countedEnd(schedule: Schedule, count: number): IsoDate | undefined {
  const p = prepareSchedule(schedule);
  let seen = 0;
  for (let day = p.fromDay; day < p.fromDay + MAX_YEARS * 366; day += 1) {
    if (matchesRule(p, day)) {
      seen += 1;
      if (seen === count) return isoOfDay(day);
    }
  }
  return undefined;
}
