import type { ItemResponse } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { defineInstrument } from '../engine/define-instrument.js';
import { urgentFlags } from '../engine/flags-of.js';
import { score } from '../engine/score.js';
import { gad2 } from './gad2.js';
import { gad7 } from './gad7.js';
import { pacic } from './pacic.js';
import { phq2 } from './phq2.js';
import { PHQ9_ITEM9_FLAG, phq9 } from './phq9.js';
import { readinessReport } from './readiness-report.js';
import { semcd6 } from './semcd6.js';
import { shippedInstruments } from './shipped.js';

const answers = (prefix: string, values: readonly (number | null)[]): ItemResponse[] =>
  values.map((value, i) => ({ itemId: `${prefix}-${i + 1}`, value }));

describe('shipped instruments', () => {
  it.each(Object.values(shippedInstruments))('$shortName passes defineInstrument', (def) => {
    const r = defineInstrument(def);
    expect(r.ok ? [] : r.error).toEqual([]);
  });

  it('cite at least one source and state their licence', () => {
    for (const def of Object.values(shippedInstruments)) {
      expect(def.sources.length).toBeGreaterThan(0);
      expect(def.licence.kind).not.toBe('licensed');
    }
  });
});

describe('PHQ-9', () => {
  const phq = (values: number[], item10: number | null = 0) =>
    score(phq9, [...answers('phq9', values), { itemId: 'phq9-10', value: item10 }]);

  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 'minimal'],
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, 'minimal'],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, 'mild'],
    [[2, 2, 2, 2, 1, 0, 0, 0, 0], 9, 'mild'],
    [[2, 2, 2, 2, 2, 0, 0, 0, 0], 10, 'moderate'],
    [[2, 2, 2, 2, 2, 2, 2, 0, 0], 14, 'moderate'],
    [[3, 3, 3, 3, 3, 0, 0, 0, 0], 15, 'moderately-severe'],
    [[3, 3, 3, 3, 3, 3, 1, 0, 0], 19, 'moderately-severe'],
    [[3, 3, 3, 3, 3, 3, 2, 0, 0], 20, 'severe'],
    [[3, 3, 3, 3, 3, 3, 3, 3, 3], 27, 'severe'],
  ])('%j sums to %i (%s)', (values, total, band) => {
    const r = phq(values);
    expect(r.ok && r.value.total).toBe(total);
    expect(r.ok && r.value.band?.code).toBe(band);
  });

  it('does not count item 10 (difficulty) in the total', () => {
    const a = phq([1, 0, 0, 0, 0, 0, 0, 0, 0], 0);
    const b = phq([1, 0, 0, 0, 0, 0, 0, 0, 0], 3);
    expect(a.ok && b.ok && a.value.total === b.value.total).toBe(true);
    expect(phq([1, 0, 0, 0, 0, 0, 0, 0, 0], null).ok).toBe(true);
  });

  it('raises the urgent item-9 flag for any answer above 0, whatever the total', () => {
    for (const v of [1, 2, 3]) {
      const r = phq([0, 0, 0, 0, 0, 0, 0, 0, v]);
      expect(r.ok && r.value.total).toBe(v);
      expect(r.ok && r.value.flags.find((f) => f.code === PHQ9_ITEM9_FLAG)?.severity).toBe(
        'urgent',
      );
    }
    const none = phq([3, 3, 3, 3, 3, 3, 3, 3, 0]);
    expect(none.ok && none.value.flags.some((f) => f.code === PHQ9_ITEM9_FLAG)).toBe(false);
  });

  it('still reports the item-9 flag when the questionnaire cannot be scored', () => {
    const incomplete = score(phq9, [{ itemId: 'phq9-9', value: 2 }]);
    expect(incomplete.ok).toBe(false);
    if (!incomplete.ok) {
      expect(incomplete.error.code).toBe('too-many-missing');
      expect(incomplete.error.flags.map((f) => f.code)).toContain(PHQ9_ITEM9_FLAG);
    }
    expect(urgentFlags(incomplete).map((f) => f.code)).toEqual([PHQ9_ITEM9_FLAG]);
    const withBadItem = score(phq9, [
      { itemId: 'phq9-9', value: 1 },
      { itemId: 'phq9-1', value: 7 },
    ]);
    expect(!withBadItem.ok && withBadItem.error.flags.map((f) => f.code)).toContain(
      PHQ9_ITEM9_FLAG,
    );
  });

  it('requires all nine scored items (no proration)', () => {
    const r = score(phq9, answers('phq9', [3, 3, 3, 3, 3, 3, 3, 3, null]));
    expect(!r.ok && r.error.code).toBe('too-many-missing');
    expect(!r.ok && r.error.rule).toEqual({ kind: 'all-required' });
  });

  it('flags caseness at 10 as information only', () => {
    const r = phq([2, 2, 2, 2, 2, 0, 0, 0, 0]);
    expect(r.ok && r.value.flags.map((f) => [f.code, f.severity])).toEqual([
      ['phq9-caseness', 'info'],
    ]);
  });
});

describe('PHQ-2, GAD-7, GAD-2', () => {
  it('PHQ-2 screens positive from 3', () => {
    const neg = score(phq2, answers('phq9', [1, 1]));
    const pos = score(phq2, answers('phq9', [2, 1]));
    expect(neg.ok && neg.value.band?.code).toBe('negative');
    expect(pos.ok && pos.value.band?.code).toBe('positive');
  });

  it.each([
    [[0, 0, 0, 0, 0, 0, 4], 'minimal'],
    [[1, 1, 1, 1, 0, 0, 0], 'minimal'],
    [[1, 1, 1, 1, 1, 0, 0], 'mild'],
    [[2, 2, 2, 2, 2, 0, 0], 'moderate'],
    [[3, 3, 3, 3, 3, 0, 0], 'severe'],
  ])('GAD-7 %j → %s', (values, band) => {
    const r = score(gad7, answers('gad7', values));
    if (values.includes(4)) expect(!r.ok && r.error.code).toBe('out-of-range');
    else expect(r.ok && r.value.band?.code).toBe(band);
  });

  it('GAD-7 bands cut at 5, 10 and 15', () => {
    const bandOf = (total: number) =>
      gad7.bands.find((b) => total >= b.min && total <= b.max)?.code;
    expect([4, 5, 9, 10, 14, 15, 21].map(bandOf)).toEqual([
      'minimal',
      'mild',
      'mild',
      'moderate',
      'moderate',
      'severe',
      'severe',
    ]);
  });

  it('GAD-2 screens positive from 3', () => {
    const r = score(gad2, answers('gad7', [3, 0]));
    expect(r.ok && r.value.band?.code).toBe('positive');
  });
});

describe('SEMCD-6', () => {
  it('is the mean of the items to two decimals', () => {
    const r = score(semcd6, answers('semcd6', [5, 5, 5, 5, 5, 6]));
    expect(r.ok && r.value.total).toBe(5.17);
  });

  it('scores with two items missing (mean of four) and refuses three', () => {
    const two = score(semcd6, answers('semcd6', [2, 4, 6, 8, null, null]));
    expect(two.ok && [two.value.total, two.value.answered, two.value.missingItems]).toEqual([
      5,
      4,
      ['semcd6-5', 'semcd6-6'],
    ]);
    const three = score(semcd6, answers('semcd6', [2, 4, 6, null, null, null]));
    expect(!three.ok && three.error.code).toBe('too-many-missing');
    expect(!three.ok && three.error.rule).toEqual({
      kind: 'max-missing',
      maxMissing: 2,
      prorate: false,
    });
  });
});

describe('PACIC', () => {
  it('scores subscales as means of completed items and the overall mean', () => {
    const values: (number | null)[] = Array.from({ length: 20 }, (_, i) => (i < 3 ? 5 : 1));
    values[3] = null;
    values[4] = null;
    values[5] = null;
    const r = score(pacic, answers('pacic', values));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.total).toBe(Math.round(((15 + 14) / 17) * 100) / 100);
    expect(r.value.subscales.map((s) => s.score)).toEqual([5, null, 1, 1, 1]);
  });
});

describe('readiness checklist', () => {
  it('reports share cracked per domain, including partly completed checklists', () => {
    const r = readinessReport([
      { itemId: 'organisational-processes-1', value: 2 },
      { itemId: 'organisational-processes-2', value: 1 },
      { itemId: 'engaged-individuals-1', value: 0 },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const org = r.value.domains[0];
    expect(org && [org.cracked, org.nearlyThere, org.unrated, org.percentCracked]).toEqual([
      1, 1, 4, 16.7,
    ]);
    expect(r.value.domains[1]?.needsWork).toBe(1);
    expect(readinessReport([{ itemId: 'nope', value: 2 }]).ok).toBe(false);
  });
});
