import type { InstrumentDefinition } from '@livewell/core';
import type { DefinitionProblemCode } from './definition-error.js';
import type { ItemSpan } from './range.js';
import { roundTo, sameScore, stepOf } from './rounding.js';

type Report = (code: DefinitionProblemCode, path: string, message: string) => void;

const EPS = 1e-9;

/**
 * Refuses flag rules that can never fire: an item threshold above the item's highest option, a
 * total threshold above the highest total. Also refuses two rules with one code, since a code
 * must name one rule (a task raised from a flag refers to it).
 */
export function checkFlagReach(
  def: InstrumentDefinition,
  spans: readonly (ItemSpan | undefined)[],
  report: Report,
): void {
  const seen = new Set<string>();
  def.flags.forEach((flag, i) => {
    if (seen.has(flag.code))
      report('duplicate-flag', `flags.${i}.code`, `flag code "${flag.code}" is used twice`);
    seen.add(flag.code);
    const when = flag.when;
    if (when.source === 'item') {
      const span = spans.find((s) => s?.id === when.itemId);
      if (span && when.atLeast > span.max + EPS) {
        report(
          'flag-unreachable',
          `flags.${i}.when.atLeast`,
          `flag "${flag.code}" needs item ${when.itemId} ≥ ${when.atLeast}, but its highest option is ${span.max}`,
        );
      }
    }
    if (when.source === 'total' && when.atLeast > def.scoring.range.max + EPS) {
      report(
        'flag-unreachable',
        `flags.${i}.when.atLeast`,
        `flag "${flag.code}" needs a total ≥ ${when.atLeast}, but the highest total is ${def.scoring.range.max}`,
      );
    }
  });
}

/**
 * Bands must be reachable (hold at least one score the instrument can give, on its decimal
 * grid), listed in order without overlaps or gaps at the score's resolution, and cover exactly
 * the declared range.
 */
export function checkBandReach(def: InstrumentDefinition, report: Report): void {
  const { bands, scoring } = def;
  const { range, decimals } = scoring;
  const step = stepOf(decimals);
  bands.forEach((band, i) => {
    const lowest = Math.max(band.min, range.min);
    const highest = Math.min(band.max, range.max);
    const firstOnGrid = Math.ceil(roundTo(lowest / step, 6)) * step;
    if (band.min <= band.max && (lowest > highest + EPS || firstOnGrid > highest + EPS)) {
      report(
        'band-unreachable',
        `bands.${i}`,
        `band "${band.code}" (${band.min}–${band.max}) holds no score in ${range.min}–${range.max} at ${decimals} decimals`,
      );
    }
  });
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first && !sameScore(first.min, range.min)) {
    report(
      'bands-do-not-cover-range',
      'bands.0.min',
      `first band starts at ${first.min}, range at ${range.min}`,
    );
  }
  if (last && !sameScore(last.max, range.max)) {
    report(
      'bands-do-not-cover-range',
      `bands.${bands.length - 1}.max`,
      `last band ends at ${last.max}, range at ${range.max}`,
    );
  }
  for (let i = 1; i < bands.length; i += 1) {
    const prev = bands[i - 1];
    const next = bands[i];
    if (!prev || !next) continue;
    const expected = roundTo(prev.max + step, decimals);
    if (sameScore(next.min, expected)) continue;
    const code = next.min < expected ? 'bands-overlap' : 'bands-gap';
    const what = code === 'bands-overlap' ? 'overlaps' : 'leaves a gap after';
    report(
      code,
      `bands.${i}.min`,
      `band "${next.code}" starts at ${next.min}: it ${what} "${prev.code}" (expected ${expected})`,
    );
  }
}
