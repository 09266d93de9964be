import { hostileArb, mutatedArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchOptions, parseSearchQuery } from './parse-query.js';

const query = {
  tenantId: 'practice-1',
  terms: [{ system: 'https://livewell.dev/needs', code: 'loneliness' }],
  near: { point: { latitude: 53.8, longitude: -1.55 }, radiusKm: 10, includeRemote: true },
  sessionBetween: { from: '2026-12-01T09:00:00Z', until: '2026-12-08T09:00:00Z' },
  statuses: ['active'],
};

describe('parseSearchQuery', () => {
  it('reads a query from JSON', () => {
    expect(parseSearchQuery(JSON.parse(JSON.stringify(query)))).toEqual({ ok: true, value: query });
    expect(parseSearchOptions({ now: '2026-11-29T12:00:00Z', limit: 20 }).ok).toBe(true);
  });

  it('refuses a query without a valid tenant, bad criteria and unknown keys, with paths', () => {
    const paths = (input: unknown) => {
      const r = parseSearchQuery(input);
      return r.ok ? 'ok' : r.error.issues.map((i) => i.path.join('.'));
    };
    const { tenantId: _t, ...noTenant } = query;
    expect(paths(noTenant)).toEqual(['tenantId']);
    expect(paths({ ...query, tenantId: 'bad tenant!' })).toEqual(['tenantId']);
    expect(paths({ ...query, near: { ...query.near, radiusKm: -1 } })).toEqual(['near.radiusKm']);
    expect(
      paths({ ...query, sessionBetween: { from: 'yesterday', until: '2026-12-08T09:00:00Z' } }),
    ).toContain('sessionBetween.from');
    expect(paths({ ...query, tenant: 'x' })).toEqual(['']);
    expect(parseSearchOptions({ now: 'yesterday' }).ok).toBe(false);
    expect(parseSearchOptions({ now: '2026-11-29T12:00:00Z', limit: 0 }).ok).toBe(false);
  });

  it('never throws, never modifies its input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withNullPrototype: true, withBoxedValues: true }),
          hostileArb,
          mutatedArb(fc.constant(query)),
        ),
        (input) => {
          let before: string | undefined;
          try {
            before = JSON.stringify(input);
          } catch {
            before = undefined;
          }
          expect(typeof parseSearchQuery(input).ok).toBe('boolean');
          expect(typeof parseSearchOptions(input).ok).toBe('boolean');
          if (before !== undefined) expect(JSON.stringify(input)).toBe(before);
        },
      ),
      { numRuns: 500 },
    );
  });
});
