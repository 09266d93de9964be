import { hostileArb, mutatedArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastOptions, fastQuery } from './fast-parse.js';
import { parseSearchOptions, parseSearchQuery } from './parse-query.js';

const query = {
  tenantId: 'practice-1',
  terms: [
    { system: 'https://livewell.dev/needs', code: 'loneliness', display: 'Loneliness' },
    { system: 'http://snomed.info/sct', code: '73595000' },
  ],
  termsMatch: 'all',
  text: 'walk',
  near: { point: { latitude: 53.8, longitude: -1.55 }, radiusKm: 10, includeRemote: true },
  sessionBetween: { from: '2026-12-01T09:00:00Z', until: '2026-12-08T09:00:00+01:00' },
  openNow: false,
  placesAvailable: true,
  freeOnly: true,
  statuses: ['active', 'temporarily-closed'],
};
const options = { now: '2026-11-29T12:00:00Z', limit: 20, cursor: 'abc', maxAgeDays: 90 };

/** Values near the rules' edges, for any field. */
const EDGES: readonly unknown[] = [
  undefined,
  null,
  '',
  'x',
  'Practice_1',
  '-x',
  'a'.repeat(63),
  'a'.repeat(64),
  '2026-02-30T10:00:00Z',
  '2026-12-01T09:00:00Z',
  '2026-12-01T09:00Z',
  'any',
  'all',
  'active',
  'open',
  0,
  -0,
  -1,
  1,
  200,
  201,
  1.5,
  20_000,
  20_001,
  90,
  -90.0001,
  180,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  {},
  'a'.repeat(501),
  'a'.repeat(1001),
  { latitude: 1, longitude: 2 },
  [{ system: 's', code: 'c' }],
];
const edgeArb = fc.oneof(
  fc.constantFrom(...EDGES),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.integer(),
);

/** The example with one field (possibly nested) replaced, dropped or added. */
const PATHS = [
  'tenantId',
  'terms',
  'termsMatch',
  'text',
  'near',
  'sessionBetween',
  'openNow',
  'placesAvailable',
  'freeOnly',
  'statuses',
  'languages',
  'near.radiusKm',
  'near.point.latitude',
  'near.point.longitude',
  'near.point.extra',
  'near.includeRemote',
  'near.extra',
  'sessionBetween.from',
  'sessionBetween.until',
  'terms.0.display',
  'terms.0.code',
  'terms.1.system',
  'terms.1.extra',
  'statuses.0',
] as const;

/** The example with the field at `path` set to `value` (or dropped). */
function varied(path: string, value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(query)) as Record<string, unknown>;
  const keys = path.split('.');
  let at = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  const last = keys[keys.length - 1] as string;
  if (value === 'drop') delete at[last];
  else at[last] = value;
  return copy;
}

const variedArb = fc
  .tuple(fc.constantFrom(...PATHS), fc.oneof(edgeArb, fc.constant('drop')))
  .map(([path, value]) => varied(path, value));

/** Whether the fast reader, when it answers, answers as the schema. */
function agrees(input: unknown): void {
  const quick = fastQuery(input);
  if (quick === undefined) return;
  const slow = parseSearchQuery(input);
  expect(slow.ok).toBe(true);
  if (slow.ok) expect(quick).toStrictEqual(slow.value);
}

const variedOptionsArb = fc
  .tuple(
    fc.constantFrom('now', 'limit', 'cursor', 'maxAgeDays', 'bankHolidays', 'other'),
    fc.oneof(edgeArb, fc.constant('drop')),
  )
  .map(([key, value]) => {
    const copy: Record<string, unknown> = { ...options };
    if (value === 'drop') delete copy[key];
    else copy[key] = value;
    return copy;
  });

describe('the hand-read common query', () => {
  it('accepts only what the schema accepts, and gives exactly what it gives', () => {
    fc.assert(
      fc.property(
        fc.oneof(variedArb, mutatedArb(fc.constant(query)), hostileArb, fc.anything()),
        agrees,
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees with the schema for every field set to every edge value or dropped', () => {
    for (const path of PATHS) for (const value of [...EDGES, 'drop']) agrees(varied(path, value));
    for (const key of ['now', 'limit', 'cursor', 'maxAgeDays', 'bankHolidays', 'other']) {
      for (const value of EDGES) {
        const input = { ...options, [key]: value };
        const quick = fastOptions(input);
        const slow = parseSearchOptions(input);
        if (quick !== undefined) expect(slow).toStrictEqual({ ok: true, value: quick });
      }
    }
  });

  it('settles the common shapes itself', () => {
    expect(fastQuery(query)).toStrictEqual((parseSearchQuery(query) as { value: unknown }).value);
    expect(fastOptions(options)).toStrictEqual(
      (parseSearchOptions(options) as { value: unknown }).value,
    );
  });

  it('accepts only options the schema accepts, with the same result', () => {
    fc.assert(
      fc.property(
        fc.oneof(variedOptionsArb, mutatedArb(fc.constant(options)), hostileArb, fc.anything()),
        (input) => {
          const quick = fastOptions(input);
          if (quick === undefined) return;
          const slow = parseSearchOptions(input);
          expect(slow.ok).toBe(true);
          if (slow.ok) expect(quick).toStrictEqual(slow.value);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
