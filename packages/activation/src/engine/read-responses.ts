import type { ItemResponse } from '@livewell/core';
import type { ItemTables } from './compiled-parts.js';
import { type EntryProblemCode, entryProblem, type ReadProblem } from './read-problem.js';

// The layout of `ItemTables.packed`. Defined here, next to the loop that reads it, so that the
// loop reads module constants rather than imported bindings.

/** Slots per item in `ItemTables.packed`. */
export const STRIDE = 8;
/** Lowest option value. */
export const SLOT_LOW = 0;
/** Highest option value. */
export const SLOT_HIGH = 1;
/** 1 when every integer from low to high is an option (no `valid` table read needed). */
export const SLOT_DENSE = 2;
/** Added to `SLOT_SIGN × value` to give the item score: low + high if reversed, else 0. */
export const SLOT_BASE = 3;
/** -1 if reversed, else 1. */
export const SLOT_SIGN = 4;
/** Weight in the total (0 for unscored items). */
export const SLOT_WEIGHT = 5;
/** 1 for scored items, else 0. */
export const SLOT_SCORED = 6;

/**
 * Reads a response list into `seen` (0 absent, 1 unanswered, 2 answered) and `values`,
 * checking every entry, and accumulates over answered scored items into `acc`: [answered,
 * weighted sum of item scores (reverse applied), answered weight]. Returns the first problem,
 * or `undefined`. Keeps reading after a problem so valid answers can still raise item flags.
 */
export function readResponses(
  list: readonly ItemResponse[],
  t: ItemTables,
  seen: Uint8Array,
  values: Float64Array,
  acc: Float64Array,
  name: string,
): ReadProblem | undefined {
  let problem: ReadProblem | undefined;
  let answered = 0;
  let sum = 0;
  let weight = 0;
  const { packed, ids, count, lookupIndex } = t;
  for (let r = 0; r < list.length; r += 1) {
    const entry = list[r] as { itemId?: unknown; value?: unknown } | null | undefined;
    let code: EntryProblemCode | undefined;
    let id = '';
    let v: unknown;
    if (entry === null || typeof entry !== 'object' || typeof entry.itemId !== 'string') {
      code = 'malformed-responses';
    } else {
      id = entry.itemId;
      // Lists usually follow item order, so try the item at this position first: one string
      // comparison is cheaper than a keyed lookup with a string that is not internalised.
      const i = r < count && ids[r] === id ? r : lookupIndex[id];
      if (i === undefined) code = 'unknown-item';
      else if (seen[i] !== 0) code = 'duplicate-item';
      else {
        v = entry.value;
        const at = i * STRIDE;
        const lo = packed[at + SLOT_LOW] as number;
        if (v === null || v === undefined) seen[i] = 1;
        else if (typeof v !== 'number' || !Number.isInteger(v)) code = 'not-an-integer';
        else if (
          v < lo ||
          v > (packed[at + SLOT_HIGH] as number) ||
          (packed[at + SLOT_DENSE] !== 1 && (t.valid[i] as Uint8Array)[v - lo] !== 1)
        ) {
          code = 'out-of-range';
        } else {
          seen[i] = 2;
          values[i] = v;
          // Unscored items have weight 0 and scored 0, so they add nothing (no branch needed).
          const w = packed[at + SLOT_WEIGHT] as number;
          answered += packed[at + SLOT_SCORED] as number;
          weight += w;
          sum += w * ((packed[at + SLOT_BASE] as number) + (packed[at + SLOT_SIGN] as number) * v);
        }
      }
    }
    if (code !== undefined) problem ??= entryProblem(code, r, id, v, name);
  }
  acc[0] = answered;
  acc[1] = sum;
  acc[2] = weight;
  return problem;
}
