import type { InstrumentDefinition } from '@livewell/core';
import { instrumentDefinitionArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gad7 } from '../instruments/gad7.js';
import { phq9 } from '../instruments/phq9.js';
import { shippedInstruments } from '../instruments/shipped.js';
import { instrumentLaws } from './properties.js';
import { assertInstrumentLaws, checkInstrumentLaws, InstrumentLawViolation } from './run.js';

describe('the law suite', () => {
  it.each(Object.values(shippedInstruments))('holds for shipped $shortName', (def) => {
    const report = assertInstrumentLaws(def, { numRuns: 150 });
    expect(report.results.map((r) => r.law)).toEqual([
      'validDefinition',
      'determinism',
      'range',
      'monotonicity',
      'orderIndependence',
      'missingDataEdge',
      'bandsPartitionRange',
      'lookupMonotone',
      'itemFlags',
    ]);
  });

  it('holds for generated definitions (every scoring rule, reverse items, missing rules)', () => {
    fc.assert(
      fc.property(instrumentDefinitionArb, (def) => {
        const report = checkInstrumentLaws(def, { numRuns: 25 });
        if (!report.ok) throw new Error(JSON.stringify(report.results.filter((r) => !r.ok)));
      }),
      { numRuns: 40 },
    );
  });

  it('exposes each law as a fast-check property', () => {
    fc.assert(instrumentLaws(phq9).missingDataEdge, { numRuns: 50 });
  });

  it('catches a lookup table that is not monotone', () => {
    const table = Array.from({ length: 22 }, (_, raw) => ({ raw, score: raw === 10 ? 0 : raw }));
    const broken: InstrumentDefinition = {
      ...gad7,
      scoring: { ...gad7.scoring, rule: { method: 'lookup', table }, range: { min: 0, max: 21 } },
      flags: [],
    };
    const report = checkInstrumentLaws(broken, { numRuns: 300, seed: 1 });
    const failed = report.results.filter((r) => !r.ok).map((r) => r.law);
    expect(failed).toContain('lookupMonotone');
    expect(failed).toContain('monotonicity');
    expect(() => assertInstrumentLaws(broken, { numRuns: 300, seed: 1 })).toThrow(
      InstrumentLawViolation,
    );
  });

  it('reports an invalid definition instead of throwing', () => {
    const report = checkInstrumentLaws({ ...phq9, bands: [], items: [] } as InstrumentDefinition);
    expect(report).toMatchObject({ ok: false, results: [{ law: 'validDefinition', ok: false }] });
  });
});
