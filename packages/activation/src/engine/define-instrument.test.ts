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
    expect(problemCodes({ ...phq9, bands: gap })).toEqual(['bands-gap']);
    const overlap = phq9.bands.map((b, i) => (i === 1 ? { ...b, min: 4 } : b));
    expect(problemCodes({ ...phq9, bands: overlap })).toEqual(['bands-overlap']);
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

  it('rejects bands the scale cannot reach, naming the rule', () => {
    const beyond = [...phq9.bands, { code: 'off-scale', label: 'Off the scale', min: 28, max: 30 }];
    expect(problemCodes({ ...phq9, bands: beyond })).toContain('band-unreachable');
    const between = [
      { code: 'low', label: 'Low', min: 0, max: 4 },
      { code: 'odd', label: 'Between whole scores', min: 4.2, max: 4.8 },
      { code: 'high', label: 'High', min: 5, max: 27 },
    ];
    expect(problemCodes({ ...phq9, bands: between })).toContain('band-unreachable');
  });

  it('rejects a flag threshold the scale can never reach (issue 12: atLeast 9 on a 0–4 item)', () => {
    const scale = {
      id: 'agree-0-4',
      options: [0, 1, 2, 3, 4].map((value) => ({ value, label: `Option ${value}` })),
    };
    const onFive = {
      ...gad7,
      scales: [scale],
      items: gad7.items.map((item) => ({ ...item, scaleId: scale.id })),
      scoring: { ...gad7.scoring, range: { min: 0, max: 28 } },
      bands: [],
      flags: [
        {
          code: 'never-fires',
          severity: 'urgent' as const,
          message: 'Item 1 at 9 or more',
          when: { source: 'item' as const, itemId: 'gad7-1', atLeast: 9 },
        },
      ],
    };
    const r = defineInstrument(onFive);
    expect(!r.ok && r.error.code === 'invalid-definition' && r.error.problems).toEqual([
      expect.objectContaining({ code: 'flag-unreachable', path: 'flags.0.when.atLeast' }),
    ]);
    expect(!r.ok && r.error.message).toMatch(/flag-unreachable/);
    const reachable = {
      ...onFive,
      flags: [{ ...onFive.flags[0], when: { source: 'item', itemId: 'gad7-1', atLeast: 4 } }],
    };
    expect(problemCodes(reachable)).toEqual([]);
  });

  it('rejects a total flag above the highest total, flags at unknown items and reused flag codes', () => {
    const total = {
      code: 'too-high',
      severity: 'info',
      message: 'x',
      when: { source: 'total', atLeast: 28 },
    };
    expect(problemCodes({ ...phq9, flags: [total] })).toEqual(['flag-unreachable']);
    const unanswered = {
      code: 'skip',
      severity: 'review',
      message: 'x',
      when: { source: 'unanswered', itemId: 'nope' },
    };
    expect(problemCodes({ ...phq9, flags: [unanswered] })).toEqual(['unknown-item-reference']);
    expect(problemCodes({ ...phq9, flags: [phq9.flags[0], phq9.flags[0]] })).toEqual([
      'duplicate-flag',
    ]);
  });
});
