import type { InstrumentDefinition } from '@livewell/core';
import { roundTo } from './rounding.js';

/** The span of one item's coded values (reverse scoring keeps the same span). */
export interface ItemSpan {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly scored: boolean;
  readonly reverse: boolean;
  readonly values: readonly number[];
}

/** Item spans by item, or `undefined` for an item whose scale is missing. */
export function itemSpans(definition: InstrumentDefinition): (ItemSpan | undefined)[] {
  const scales = new Map(definition.scales.map((s) => [s.id, s.options.map((o) => o.value)]));
  return definition.items.map((item) => {
    const values = scales.get(item.scaleId);
    if (!values || values.length === 0) return undefined;
    return {
      id: item.id,
      min: Math.min(...values),
      max: Math.max(...values),
      scored: item.scored,
      reverse: item.reverse,
      values,
    };
  });
}

/** The raw (pre-transform) and reported ranges implied by the items and the scoring rule. */
export interface DerivedRange {
  readonly rawMin: number;
  readonly rawMax: number;
  readonly min: number;
  readonly max: number;
}

/** Derives the score range from the scored items' spans (assumes references are valid). */
export function deriveRange(
  definition: InstrumentDefinition,
  scored: readonly ItemSpan[],
  weightOf: (itemId: string) => number,
): DerivedRange {
  const rule = definition.scoring.rule;
  const decimals = definition.scoring.decimals;
  const sumMin = scored.reduce((a, s) => a + s.min, 0);
  const sumMax = scored.reduce((a, s) => a + s.max, 0);
  const meanMin = Math.min(...scored.map((s) => s.min));
  const meanMax = Math.max(...scored.map((s) => s.max));
  const done = (rawMin: number, rawMax: number, min: number, max: number): DerivedRange => ({
    rawMin,
    rawMax,
    min: roundTo(min, decimals),
    max: roundTo(max, decimals),
  });
  switch (rule.method) {
    case 'sum':
      return done(sumMin, sumMax, sumMin, sumMax);
    case 'mean':
      return done(meanMin, meanMax, meanMin, meanMax);
    case 'weighted-sum': {
      const min = scored.reduce((a, s) => a + weightOf(s.id) * s.min, 0);
      const max = scored.reduce((a, s) => a + weightOf(s.id) * s.max, 0);
      return done(min, max, min, max);
    }
    case 'lookup': {
      const scores = rule.table.map((row) => row.score);
      return done(sumMin, sumMax, Math.min(...scores), Math.max(...scores));
    }
    case 'linear': {
      const [lo, hi] = rule.base === 'sum' ? [sumMin, sumMax] : [meanMin, meanMax];
      return done(lo, hi, rule.slope * lo + rule.intercept, rule.slope * hi + rule.intercept);
    }
  }
}
