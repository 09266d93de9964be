import type { InstrumentDefinition } from '@livewell/core';
import { instrumentDefinitionArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gad7 } from '../instruments/gad7.js';
import { phq9 } from '../instruments/phq9.js';
import { defineInstrument } from './define-instrument.js';

const problemCodes = (input: unknown): string[] => {
  const r = defineInstrument(input);
  if (r.ok) return [];
  return r.error.code === 'invalid-definition'
    ? r.error.problems.map((p) => p.code)
    : [r.error.code];
};

const lookupDef: InstrumentDefinition = {
  ...gad7,
  id: 'gad-7-lookup',
  scoring: {
    ...gad7.scoring,
    rule: {
      method: 'lookup',
      table: Array.from({ length: 22 }, (_, raw) => ({ raw, score: raw * 10 })),
    },
    range: { min: 0, max: 210 },
  },
  bands: [],
  flags: [],
};

describe('defineInstrument', () => {
  it('accepts every generated valid definition', () => {
    fc.assert(
      fc.property(instrumentDefinitionArb, (def) => {
        expect(problemCodes(def)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects malformed input with a parse error, never a throw', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(problemCodes(input)).toEqual(['invalid-input']);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects duplicate item ids', () => {
    const items = [...phq9.items, { ...phq9.items[0], id: 'phq9-1' } as (typeof phq9.items)[0]];
    expect(problemCodes({ ...phq9, items })).toContain('duplicate-item');
  });

  it('rejects items pointing at an unknown scale and flags at unknown items', () => {
    const items = phq9.items.map((item, i) => (i === 0 ? { ...item, scaleId: 'nope' } : item));
    expect(problemCodes({ ...phq9, items })).toContain('unknown-scale');
    const flags = [{ ...phq9.flags[0], when: { source: 'item', itemId: 'x', atLeast: 1 } }];
    expect(problemCodes({ ...phq9, flags })).toContain('unknown-item-reference');
  });

  it('rejects bands with a gap, an overlap, or not covering the range', () => {
    const gap = phq9.bands.map((b, i) => (i === 1 ? { ...b, min: 6 } : b));
    expect(problemCodes({ ...phq9, bands: gap })).toContain('bands-not-contiguous');
    const overlap = phq9.bands.map((b, i) => (i === 1 ? { ...b, min: 4 } : b));
    expect(problemCodes({ ...phq9, bands: overlap })).toContain('bands-not-contiguous');
    expect(problemCodes({ ...phq9, bands: phq9.bands.slice(0, 4) })).toContain(
      'bands-do-not-cover-range',
    );
    expect(problemCodes({ ...phq9, bands: phq9.bands.slice(1) })).toContain(
      'bands-do-not-cover-range',
    );
  });

  it('rejects a declared range that the items do not give', () => {
    expect(
      problemCodes({ ...phq9, scoring: { ...phq9.scoring, range: { min: 0, max: 30 } } }),
    ).toContain('range-mismatch');
  });

  it('requires a lookup table to cover every raw score exactly once', () => {
    expect(problemCodes(lookupDef)).toEqual([]);
    const rule = lookupDef.scoring.rule;
    if (rule.method !== 'lookup') throw new Error('test setup');
    const missingRow = { ...rule, table: rule.table.filter((row) => row.raw !== 7) };
    expect(
      problemCodes({ ...lookupDef, scoring: { ...lookupDef.scoring, rule: missingRow } }),
    ).toContain('lookup-incomplete');
    const extraRow = { ...rule, table: [...rule.table, { raw: 22, score: 220 }] };
    expect(
      problemCodes({ ...lookupDef, scoring: { ...lookupDef.scoring, rule: extraRow } }),
    ).toContain('lookup-incomplete');
  });

  it('rejects an impossible missing-data rule and proration of a mean', () => {
    const tooMany = {
      ...phq9.scoring,
      missing: { kind: 'min-answered', minAnswered: 10, prorate: false },
    };
    expect(problemCodes({ ...phq9, scoring: tooMany })).toContain('missing-rule-impossible');
    const meanProrate = {
      ...phq9.scoring,
      rule: { method: 'mean' },
      range: { min: 0, max: 3 },
      missing: { kind: 'max-missing', maxMissing: 1, prorate: true },
    };
    expect(problemCodes({ ...phq9, bands: [], scoring: meanProrate })).toContain(
      'prorate-not-applicable',
    );
  });

  it('requires a sum that allows missing items to prorate', () => {
    const scoring = {
      ...gad7.scoring,
      missing: { kind: 'max-missing', maxMissing: 1, prorate: false },
    };
    expect(problemCodes({ ...gad7, scoring })).toContain('sum-needs-proration');
    const prorated = { ...scoring, missing: { ...scoring.missing, prorate: true } };
    expect(problemCodes({ ...gad7, scoring: prorated })).toEqual([]);
  });

  it('rejects weights that do not name each scored item once', () => {
    const weights = [{ itemId: 'gad7-1', weight: 2 }];
    const scoring = { ...gad7.scoring, rule: { method: 'weighted-sum', weights } };
    expect(problemCodes({ ...gad7, scoring })).toContain('invalid-weights');
  });
});
