import type { Schedule } from '@livewell/core';
import { shown } from './read.js';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** RFC 5545 rule parts livewell's engine has no form for (any of them: not imported). */
const UNSUPPORTED_PARTS = [
  'byweekno',
  'byyearday',
  'bymonth',
  'bysetpos',
  'byhour',
  'byminute',
  'bysecond',
] as const;

/** The rule parts of an HSDS schedule, each checked for its type. */
export interface RuleParts {
  readonly freq: unknown;
  readonly interval: unknown;
  readonly byday: unknown;
  readonly bymonthday: unknown;
  readonly wkst: unknown;
  readonly extra: Record<string, unknown>;
}

/** The rule read, or why it cannot be held exactly (never a wider rule). */
export type RuleReading =
  | { readonly ok: true; readonly rule: Schedule['recurrence'] }
  | { readonly ok: false; readonly why: string };

const present = (x: unknown) => x !== undefined && x !== null && x !== '';

/**
 * Reads `freq`, `interval`, `byday`, `bymonthday`, `wkst` and the other RFC 5545 `by…` parts
 * into livewell's recurrence. Supported: DAILY (with `interval`, or with plain `byday` at
 * interval 1, which is weekly), WEEKLY with plain weekdays, MONTHLY with ordinal weekdays
 * (`2TU`, `-1FR`) or plain weekdays at interval 1. Everything else — `bymonthday`, `byweekno`,
 * `byyearday`, `bymonth`, `bysetpos`, YEARLY, a week start other than Monday where it changes
 * which weeks count — is refused with the reason, so no schedule is ever read wider than
 * its source.
 */
export function readRule(parts: RuleParts): RuleReading {
  const no = (why: string): RuleReading => ({ ok: false, why });
  for (const name of UNSUPPORTED_PARTS) {
    if (present(parts.extra[name]))
      return no(`${name} ${shown(parts.extra[name])} has no form in livewell's schedule engine`);
  }
  if (present(parts.bymonthday))
    return no(
      `bymonthday ${shown(parts.bymonthday)} (days of the month) has no form in livewell's schedule engine`,
    );
  const freq = typeof parts.freq === 'string' ? parts.freq.trim().toUpperCase() : parts.freq;
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY')
    return no(`freq ${present(freq) ? shown(freq) : '(missing)'} is not DAILY, WEEKLY or MONTHLY`);
  const interval = parts.interval === undefined || parts.interval === null ? 1 : parts.interval;
  if (typeof interval !== 'number' || !Number.isInteger(interval) || interval < 1 || interval > 52)
    return no(`interval ${shown(parts.interval)} is not a whole number from 1 to 52`);
  const wkst = typeof parts.wkst === 'string' ? parts.wkst.trim().toUpperCase() : undefined;
  if (present(parts.wkst) && !DAYS.includes(wkst ?? ''))
    return no(`wkst ${shown(parts.wkst)} is not a weekday`);
  const text = typeof parts.byday === 'string' ? parts.byday : present(parts.byday) ? null : '';
  if (text === null) return no(`byday ${shown(parts.byday)} is not text`);
  const items = text
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s.length > 0);
  const days: { ordinal: number; weekday: number }[] = [];
  for (const item of items) {
    const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
    if (!m) return no(`byday ${item} is not a weekday with an optional ordinal`);
    days.push({ ordinal: m[1] ? Number(m[1]) : 0, weekday: DAYS.indexOf(m[2] ?? '') + 1 });
  }
  const plain = days.every((d) => d.ordinal === 0);
  const weekdays = [...new Set(days.map((d) => d.weekday))];
  if (freq === 'DAILY') {
    if (days.length === 0) return { ok: true, rule: { freq: 'daily', interval } };
    if (!plain) return no('byday with ordinals is not valid with freq DAILY');
    if (interval > 1)
      return no(`every ${interval} days limited to ${text} has no form in livewell's engine`);
    return { ok: true, rule: { freq: 'weekly', interval: 1, weekdays } };
  }
  if (freq === 'WEEKLY') {
    if (days.length === 0)
      return no('freq WEEKLY without byday repeats on the weekday of dtstart: not read');
    if (!plain) return no('byday with ordinals is not valid with freq WEEKLY');
    if (interval > 1 && wkst !== undefined && wkst !== 'MO' && weekdays.length > 1)
      return no(
        `week start ${wkst} with interval ${interval} groups weeks differently from livewell (Monday)`,
      );
    return { ok: true, rule: { freq: 'weekly', interval, weekdays } };
  }
  if (days.length === 0)
    return no('freq MONTHLY without byday repeats on the day of the month of dtstart: not read');
  if (plain) {
    if (interval > 1)
      return no(
        `every weekday ${text} of every ${interval} months has no form in livewell's engine`,
      );
    return { ok: true, rule: { freq: 'weekly', interval: 1, weekdays } };
  }
  if (days.some((d) => d.ordinal === 0))
    return no(`byday ${text} mixes weekdays with and without ordinals`);
  if (days.some((d) => Math.abs(d.ordinal) > 5))
    return no(`byday ${text}: a weekday's place in a month is 1 to 5 or -1 to -5`);
  const seen = new Set<string>();
  const unique = days.filter((d) => {
    const k = `${d.ordinal}:${d.weekday}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (unique.length > 10) return no(`byday ${text} names more than 10 monthly days`);
  return { ok: true, rule: { freq: 'monthly', interval, days: unique } };
}
