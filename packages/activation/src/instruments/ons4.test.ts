import { describe, expect, it } from 'vitest';
import { score } from '../engine/score.js';
import { ons4, ons4Band, ons4ItemIds } from './ons4.js';

const answers = (life: number, worth: number, happy: number, anxious: number) => [
  { itemId: ons4ItemIds.lifeSatisfaction, value: life },
  { itemId: ons4ItemIds.worthwhile, value: worth },
  { itemId: ons4ItemIds.happiness, value: happy },
  { itemId: ons4ItemIds.anxiety, value: anxious },
];

describe('ONS4', () => {
  it.each([
    ['life-satisfaction', 4, 'low'],
    ['life-satisfaction', 5, 'medium'],
    ['happiness', 8, 'high'],
    ['worthwhile', 9, 'very-high'],
    ['anxiety', 1, 'very-low'],
    ['anxiety', 3, 'low'],
    ['anxiety', 5, 'medium'],
    ['anxiety', 6, 'high'],
  ] as const)('%s %d is %s (ONS thresholds)', (measure, score, band) => {
    expect(ons4Band(measure, score)?.code).toBe(band);
  });

  it('reports each measure separately; the total is life satisfaction alone', () => {
    const r = score(ons4, answers(6, 7, 8, 3));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.total).toBe(6);
    expect(r.value.band?.code).toBe('medium');
    expect(Object.fromEntries(r.value.subscales.map((s) => [s.id, s.score]))).toEqual({
      'life-satisfaction': 6,
      worthwhile: 7,
      happiness: 8,
      anxiety: 3,
    });
    // Every question must be answered.
    expect(score(ons4, answers(6, 7, 8, 3).slice(0, 3)).ok).toBe(false);
  });

  it('ships the question wording under the OGL, with the attribution', () => {
    expect(ons4.items.every((i) => i.text !== undefined)).toBe(true);
    expect(ons4.licence.notice).toContain('Open Government Licence v3.0');
  });
});
