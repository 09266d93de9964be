/**
 * The shape of an IANA time-zone name as the tz database writes it: `/`-separated segments, each
 * starting with an upper-case letter (`Europe/London`, `America/Argentina/Buenos_Aires`,
 * `Etc/GMT+5`, `UTC`). Lower-case spellings that `Intl` would also accept (`europe/london`) and
 * UTC offsets (`+01:00`) are not zone names.
 */
export const TIME_ZONE_PATTERN = /^[A-Z][A-Za-z0-9_+-]*(?:\/[A-Z][A-Za-z0-9_+-]*)*$/;

/** Zone names already found valid: asking `Intl` costs microseconds to a millisecond, a lookup less. */
const known = new Set<string>();
/** The tz database has about 600 names; the memo stays far below this bound. */
const MAX_KNOWN = 2_000;

/**
 * True when `name` is an IANA time zone the runtime knows, spelt as the tz database spells it
 * (checked once with `Intl`, then remembered; the memo never changes an answer).
 * `TimeZoneSchema` checks zones with it.
 *
 * @example
 * isTimeZone('Europe/London'); // true
 * isTimeZone('Europe/Londn'); // false
 */
export function isTimeZone(name: unknown): boolean {
  if (typeof name !== 'string') return false;
  if (known.has(name)) return true;
  if (name.length === 0 || name.length > 100 || !TIME_ZONE_PATTERN.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
  } catch {
    return false;
  }
  if (known.size < MAX_KNOWN) known.add(name);
  return true;
}
