import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../port/errors.js';
import type { Cursor } from '../port/pagination.js';
import {
  decodeChangeCursor,
  decodeCursor,
  encodeChangeCursor,
  encodeCursor,
  pageSize,
} from './cursor.js';

describe('cursors', () => {
  it('decode what they encode, for the same listing only (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.oneof(fc.string({ maxLength: 40 }), fc.nat()),
        (scope, after) => {
          const cursor = encodeCursor(scope, after);
          expect(cursor).toMatch(/^[A-Za-z0-9_-]*$/);
          expect(decodeCursor(scope, cursor)).toBe(after);
          expect(() => decodeCursor(`${scope}x`, cursor)).toThrow(InvalidRequestError);
        },
      ),
    );
  });

  it('turn any garbage into InvalidRequestError, never another error (property)', () => {
    fc.assert(
      fc.property(fc.string(), (garbage) => {
        try {
          decodeCursor('scope', garbage);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidRequestError);
        }
      }),
    );
  });

  it('change cursors start at 0 and round-trip', () => {
    expect(decodeChangeCursor('org', null)).toBe(0);
    expect(decodeChangeCursor('org', encodeChangeCursor('org', 42))).toBe(42);
    // A driver's own feed position is text (ADR 0012); the driver checks its form.
    expect(decodeChangeCursor('org', encodeChangeCursor('org', '812:40'))).toBe('812:40');
    expect(() => decodeChangeCursor('org', encodeCursor('changes:org', '') as never)).toThrow(
      InvalidRequestError,
    );
    expect(() => decodeChangeCursor('org', encodeChangeCursor('org', 'x'.repeat(65)))).toThrow(
      InvalidRequestError,
    );
    expect(() => decodeChangeCursor('org', encodeChangeCursor('org', -1))).toThrow(
      InvalidRequestError,
    );
    expect(() => decodeChangeCursor('svc', encodeChangeCursor('org', 1))).toThrow(
      InvalidRequestError,
    );
  });

  it('page sizes are integers from 1 to 1000', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(1000)).toBe(1000);
    for (const bad of [0, -1, 1.5, 1001, Number.NaN]) {
      expect(() => pageSize(bad)).toThrow(InvalidRequestError);
    }
    expect(decodeCursor('s', encodeCursor('s', 'a') as Cursor)).toBe('a');
  });
});
