import { describe, expect, it } from 'vitest';
import { daysSinceVerified, isStale } from './stale.js';

describe('freshness', () => {
  const now = '2026-11-29T09:00:00Z';

  it('treats a record never verified as stale', () => {
    expect(isStale({}, now, 30)).toBe(true);
    expect(daysSinceVerified({}, now)).toBeUndefined();
  });

  it('is fresh up to maxAgeDays and stale the day after', () => {
    expect(isStale({ lastVerified: '2026-10-30' }, now, 30)).toBe(false);
    expect(isStale({ lastVerified: '2026-10-29' }, now, 30)).toBe(true);
  });

  it('counts local days: 23:30Z in summer is already the next day in London', () => {
    expect(daysSinceVerified({ lastVerified: '2026-07-01' }, '2026-07-01T23:30:00Z')).toBe(1);
  });

  it('defaults to a year', () => {
    expect(isStale({ lastVerified: '2025-11-29' }, now)).toBe(false);
    expect(isStale({ lastVerified: '2025-11-28' }, now)).toBe(true);
  });
});
