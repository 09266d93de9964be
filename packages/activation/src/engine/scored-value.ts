import type { RaisedFlag } from '@livewell/core';
import type { Scored, SubscaleScore } from './types.js';

const NONE: readonly never[] = Object.freeze([]);

/**
 * Builds a {@link Scored} value; both compiled scorers build every result here. V8 gives the
 * results of each shape (with and without a band) one hidden class, and decides from the first
 * values stored whether a number field holds small integers or any number. When a later result
 * widens that choice (a fractional total, or a count read from a typed array), the class is
 * replaced, but objects already optimised code builds from this literal keep the old class, and
 * every read of them takes a slow path: measured, PHQ-9 went from 1.1× to 3.5–8× the tight loop
 * once a banded instrument scored by the general scorer had run in the same process. So this
 * module builds one result of each shape with fractional numbers on load, and no later result
 * can widen a field.
 */
export function scoredValue(
  instrument: Scored['instrument'],
  total: number,
  raw: number,
  band: Scored['band'],
  subscales: readonly SubscaleScore[],
  flags: readonly RaisedFlag[],
  answered: number,
  missingItems: readonly string[],
  prorated: boolean,
): Scored {
  return band
    ? { instrument, total, raw, band, subscales, flags, answered, missingItems, prorated }
    : { instrument, total, raw, subscales, flags, answered, missingItems, prorated };
}

const warm = { id: '', version: '' };
scoredValue(warm, 0.5, 0.5, { code: '', label: '' }, NONE, NONE, 0.5, NONE, false);
scoredValue(warm, 0.5, 0.5, undefined, NONE, NONE, 0.5, NONE, false);
