const MAX_REMEMBERED = 1_000;
const known = new Map<string, boolean>();

function askRuntime(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * True when `name` is a time zone the runtime knows (an IANA name such as `Europe/London`);
 * `TimeZoneSchema` checks zones with it.
 * Asking the runtime costs about a millisecond, so answers are remembered (at most 1,000
 * names; the memo only saves time, it never changes an answer).
 */
export function isTimeZone(name: unknown): boolean {
  if (typeof name !== 'string' || name.length === 0 || name.length > 100) return false;
  const remembered = known.get(name);
  if (remembered !== undefined) return remembered;
  const answer = askRuntime(name);
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(name, answer);
  return answer;
}
