import {
  domainError,
  err,
  IsoDateSchema,
  IsoInstantSchema,
  isTimeZone,
  ok,
  parseSchedule,
  type Result,
  type Schedule,
} from '@livewell/core';
import type { ScheduleError } from './schedule-error.js';

/** The longest window (or look-ahead) a schedule function expands: about 100 years of days. */
export const MAX_SPAN_DAYS = 36_600;

const fail = (error: ScheduleError) => err(error);

/** The object `parseSchedule` accepted (only objects pass it). */
const parsedFrom = (input: unknown): object =>
  typeof input === 'object' && input !== null ? input : {};

/** Fields `parseSchedule` fills with a default, which a `Schedule` nonetheless carries. */
const DEFAULTED = ['timeZone', 'bankHolidays', 'exceptions'] as const;

/**
 * Reads a schedule from the caller: it must be a `Schedule` as `parseSchedule` returns it, with
 * every field its type requires. A field left out is refused rather than defaulted, so a
 * misspelt `timezone` cannot quietly turn a Paris schedule into a London one. An unknown zone
 * gets its own code.
 */
export function readSchedule(input: unknown): Result<Schedule, ScheduleError> {
  let zone: unknown;
  try {
    zone = typeof input === 'object' && input !== null ? Reflect.get(input, 'timeZone') : undefined;
  } catch {
    zone = undefined; // an unreadable field: the parser below reports it
  }
  if (zone !== undefined && typeof zone === 'string' && !isTimeZone(zone)) {
    return fail(
      domainError(
        'unknown-time-zone',
        `"${zone.slice(0, 100)}" is not a time zone this runtime knows`,
        {
          timeZone: zone.slice(0, 100),
        },
      ),
    );
  }
  const parsed = parseSchedule(input);
  if (!parsed.ok) {
    return fail({
      code: 'invalid-schedule',
      message: parsed.error.message,
      issues: parsed.error.issues,
    });
  }
  const missing = DEFAULTED.filter((key) => {
    try {
      return Reflect.get(parsedFrom(input), key) === undefined;
    } catch {
      return true; // a field that cannot be read twice is as good as missing
    }
  });
  if (missing.length === 0) return parsed;
  return fail({
    code: 'invalid-schedule',
    message: `Invalid Schedule: ${missing.join(', ')} missing (parseSchedule fills the defaults)`,
    issues: missing.map((key) => ({ path: [key], code: 'missing', message: `${key} is required` })),
  });
}

/** Reads an ISO instant as epoch milliseconds. */
export function readInstant(input: unknown, name: string): Result<number, ScheduleError> {
  const ms =
    typeof input === 'string' && IsoInstantSchema.safeParse(input).success
      ? Date.parse(input)
      : Number.NaN;
  if (Number.isFinite(ms)) return ok(ms);
  const shown = typeof input === 'string' ? `"${input.slice(0, 60)}"` : typeof input;
  return fail(domainError('invalid-instant', `${name} must be an ISO instant, not ${shown}`));
}

/** Reads a whole number in [min, max]. */
export function readWhole(
  input: unknown,
  name: string,
  min: number,
  max: number,
): Result<number, ScheduleError> {
  if (typeof input === 'number' && Number.isInteger(input) && input >= min && input <= max) {
    return ok(input);
  }
  return fail(domainError('invalid-limit', `${name} must be a whole number from ${min} to ${max}`));
}

/** Reads the bank-holiday dates of the schedule options (`ScheduleOptions`). */
export function readBankHolidays(options: unknown): Result<readonly string[], ScheduleError> {
  const bad = fail(
    domainError('invalid-bank-holidays', 'bankHolidays must be a list or set of YYYY-MM-DD dates'),
  );
  try {
    if (options === undefined) return ok([]);
    if (typeof options !== 'object' || options === null) return bad;
    const given: unknown = Reflect.get(options, 'bankHolidays');
    if (given === undefined) return ok([]);
    if (!Array.isArray(given) && !(given instanceof Set)) return bad;
    const dates = [...given];
    return dates.every((d) => typeof d === 'string' && IsoDateSchema.safeParse(d).success)
      ? ok(dates)
      : bad;
  } catch {
    return bad;
  }
}
