import type { InstrumentDefinition } from '@livewell/core';
import { instrumentDefinitionArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gad7 } from '../instruments/gad7.js';
import { phq9 } from '../instruments/phq9.js';
import { shippedInstruments } from '../instruments/shipped.js';
import { richInstrumentArb } from '../test-support/instruments.js';
import { MissingFastCheckError, requirePeer } from './fast-check.js';
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
      'flagsReachable',
      'bandsReachable',
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

  it('holds for richer generated definitions (subscales, gapped scales, every kind of flag)', () => {
    fc.assert(
      fc.property(richInstrumentArb, (def) => {
        const report = checkInstrumentLaws(def, { numRuns: 20 });
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

  it('catches a flag that can never fire (atLeast 9 on a 0–4 item), naming the rule', () => {
    const scale = {
      id: 'agree-0-4',
      options: [0, 1, 2, 3, 4].map((value) => ({ value, label: `Option ${value}` })),
    };
    const neverFires: InstrumentDefinition = {
      ...gad7,
      scales: [scale],
      items: gad7.items.map((item) => ({ ...item, scaleId: scale.id })),
      scoring: { ...gad7.scoring, range: { min: 0, max: 28 } },
      bands: [],
      flags: [
        {
          code: 'never-fires',
          severity: 'urgent',
          message: 'Item 1 at 9 or more',
          when: { source: 'item', itemId: 'gad7-1', atLeast: 9 },
        },
      ],
    };
    const report = checkInstrumentLaws(neverFires, { numRuns: 50, seed: 1 });
    expect(report.ok).toBe(false);
    expect(report.results).toEqual([
      expect.objectContaining({
        law: 'validDefinition',
        ok: false,
        failure: expect.stringMatching(/flag-unreachable/),
      }),
    ]);
    expect(() => assertInstrumentLaws(neverFires, { numRuns: 50 })).toThrow(/flag-unreachable/);
    const reachable: InstrumentDefinition = {
      ...neverFires,
      flags: [
        {
          ...neverFires.flags[0],
          when: { source: 'item', itemId: 'gad7-1', atLeast: 4 },
        } as InstrumentDefinition['flags'][number],
      ],
    };
    expect(assertInstrumentLaws(reachable, { numRuns: 50 }).ok).toBe(true);
  });

  it('checks that every flag and band can be reached, as properties', () => {
    const laws = instrumentLaws(phq9);
    fc.assert(laws.flagsReachable, { numRuns: 100 });
    fc.assert(laws.bandsReachable, { numRuns: 50 });
  });

  it('says how to install fast-check when it is missing, instead of a bare MODULE_NOT_FOUND', () => {
    expect(() => requirePeer('fast-check-is-not-installed-here')).toThrow(MissingFastCheckError);
    expect(() => requirePeer('fast-check-is-not-installed-here')).toThrow(
      /optional peer dependency.*pnpm add -D fast-check/,
    );
  });
});
