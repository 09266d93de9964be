import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tenantIdArb } from '../testing/shared.js';
import { TENANT_ID_PATTERN } from './ids.js';
import { parseTenantId } from './parsers.js';

describe('tenant id grammar', () => {
  it('accepts DNS-label style ids and refuses the rest (issue 11: "bad tenant!")', () => {
    for (const id of ['t', 't1', 'practice-1', 'riverside-surgery', 'pcn-12', 'a'.repeat(63)]) {
      expect(parseTenantId(id).ok, id).toBe(true);
    }
    for (const id of [
      'bad tenant!',
      'bad tenant',
      '',
      'Practice-1',
      'practice_1',
      '-x',
      'x-',
      'a/b',
      't.1',
      'a'.repeat(64),
      'café',
    ]) {
      const r = parseTenantId(id);
      expect(r.ok ? 'ok' : r.error.code, id).toBe('invalid-input');
    }
    expect(parseTenantId(7).ok).toBe(false);
  });

  it('accepts exactly the strings the documented pattern matches (1–63 chars)', () => {
    const chars = fc.constantFrom(...'abz09-_A .!/'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 70 }), (s) => {
        const documented = s.length >= 1 && s.length <= 63 && TENANT_ID_PATTERN.test(s);
        expect(parseTenantId(s).ok).toBe(documented);
      }),
      { numRuns: 500 },
    );
  });

  it('the testing arbitrary only makes valid tenant ids', () => {
    fc.assert(
      fc.property(tenantIdArb, (id) => {
        expect(parseTenantId(id).ok).toBe(true);
      }),
    );
  });
});
