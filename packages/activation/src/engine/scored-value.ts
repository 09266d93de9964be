import type { RaisedFlag } from '@livewell/core';
import type { Scored, SubscaleScore } from './types.js';

const NONE: readonly never[] = Object.freeze([]);

/**
 * Builds a {@link Scored} value; both compiled scorers build every result here. V8 gives the
 * results of each shape (with and without a band) one hidden class, and picks each number
 * field's representation from the values stored so far. When a later result widened it (a
 * fractional total, or a count read from a typed array), V8 replaced the class, but objects
 * built by already optimised code kept the old one and every read of them took a slow path:
 * measured, PHQ-9 went from 1.1× to 3.5–8× the tight loop once a banded instrument scored by
 * the general scorer had run in the same process. So on load this module builds one result of
 * each shape with a non-number in the number fields (never seen by callers): the fields start at
 * the most general representation, no later result can change the class, and a small integer or
 * a number made once (a table's) is stored without allocating a new number.
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
const any = null as never;
scoredValue(warm, any, any, { code: '', label: '' }, NONE, NONE, any, NONE, false);
scoredValue(warm, any, any, undefined, NONE, NONE, any, NONE, false);
