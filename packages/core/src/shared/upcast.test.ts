import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { makeParser } from '../parse.js';
import { hostileArb } from '../testing/hostile.js';
import { makeUpcaster } from './upcast.js';

/** A made-up stored shape: v1 `name`, v2 split into `given`/`family`, v3 adds `nickname`. */
const V3 = z.object({
  schemaVersion: z.literal(3),
  given: z.string(),
  family: z.string(),
  nickname: z.optional(z.string()),
});
const upcast = makeUpcaster({
  schema: 'Named',
  current: 3,
  steps: {
    1: ({ name, ...rest }) => {
      const [given = '', family = ''] = String(name).split(' ');
      return { ...rest, given, family };
    },
    2: (v2) => ({ ...v2 }),
  },
  parse: makeParser('Named', V3),
});

describe('makeUpcaster', () => {
  it('lifts each older version step by step, then parses', () => {
    expect(upcast({ schemaVersion: 1, name: 'Ada Lovelace' })).toEqual({
      ok: true,
      value: { schemaVersion: 3, given: 'Ada', family: 'Lovelace' },
    });
    expect(upcast({ schemaVersion: 2, given: 'Ada', family: 'L' }).ok).toBe(true);
    expect(upcast({ schemaVersion: 3, given: 'Ada', family: 'L', nickname: 'A' }).ok).toBe(true);
  });

  it('refuses newer, unknown and non-numeric versions with its own error', () => {
    for (const schemaVersion of [4, 0, -1, 1.5, '1', null]) {
      const r = upcast({ schemaVersion, given: 'a', family: 'b' });
      if (r.ok) throw new Error(`accepted ${String(schemaVersion)}`);
      expect(r.error.code).toBe('unsupported-schema-version');
      if (r.error.code !== 'unsupported-schema-version') return;
      expect(r.error.schema).toBe('Named');
      expect(r.error.current).toBe(3);
    }
  });

  it('passes input without a version to the parser, which reports it', () => {
    const r = upcast({ given: 'a', family: 'b' });
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-input');
  });

  it('never modifies the stored record', () => {
    const stored = Object.freeze({ schemaVersion: 1, name: 'Ada Lovelace' });
    expect(upcast(stored).ok).toBe(true);
    expect(stored).toEqual({ schemaVersion: 1, name: 'Ada Lovelace' });
  });

  it('never throws: anything, hostile values, and steps that throw', () => {
    const throwing = makeUpcaster({
      schema: 'Throwing',
      current: 2,
      steps: {
        1: () => {
          throw new Error('bad step');
        },
      },
      parse: makeParser('Throwing', z.object({ schemaVersion: z.literal(2) })),
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ withNullPrototype: true, withBoxedValues: true }), hostileArb),
        (input) => {
          expect(typeof upcast(input).ok).toBe('boolean');
          expect(typeof throwing(input).ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
    const r = throwing({ schemaVersion: 1 });
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-input');
  });
});
