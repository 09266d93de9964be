import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyDatabaseError } from './classify-error.js';

const state = (prefix: string) =>
  fc
    .stringMatching(new RegExp(`^${prefix}[0-9A-Z]{${5 - prefix.length}}$`))
    .map((code) => ({ code }));

describe('classifyDatabaseError', () => {
  it.each([
    ['40001', 'conflict'],
    ['40P01', 'conflict'],
    ['23505', 'duplicate'],
    ['08006', 'unavailable'],
    ['57P01', 'unavailable'],
    ['57014', 'unavailable'],
    ['53300', 'unavailable'],
    ['23502', 'invalid'],
    ['22P02', 'invalid'],
    ['42P01', 'invalid'],
    ['P0001', 'unknown'],
  ])('classifies SQLSTATE %s as %s', (code, kind) => {
    expect(classifyDatabaseError(Object.assign(new Error('x'), { code }))).toBe(kind);
  });

  it.each([
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })],
    [new Error('Connection terminated unexpectedly')],
    [new Error('timeout exceeded when trying to connect')],
    [new Error('PGlite is closed')],
  ])('classifies %s as unavailable', (error) => {
    expect(classifyDatabaseError(error)).toBe('unavailable');
  });

  it('classifies every connection-exception SQLSTATE (class 08) as unavailable', () => {
    fc.assert(fc.property(state('08'), (e) => classifyDatabaseError(e) === 'unavailable'));
  });

  it('classifies every integrity violation but 23505 as invalid', () => {
    fc.assert(
      fc.property(state('23'), (e) =>
        e.code === '23505'
          ? classifyDatabaseError(e) === 'duplicate'
          : classifyDatabaseError(e) === 'invalid',
      ),
    );
  });

  it('never throws, whatever is thrown at it', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof classifyDatabaseError(value)).toBe('string');
      }),
    );
  });
});
