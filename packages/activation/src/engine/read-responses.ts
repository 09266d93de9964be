import type { ItemResponse } from '@livewell/core';
import {
  SLOT_BASE,
  SLOT_DENSE,
  SLOT_HIGH,
  SLOT_LOW,
  SLOT_SCORED,
  SLOT_SIGN,
  SLOT_WEIGHT,
  STRIDE,
} from './item-layout.js';
import type { ItemTables } from './item-tables.js';
import { type EntryProblemCode, entryProblem, type ReadProblem } from './read-problem.js';

// The layout constants copied into module constants once: module transforms such as Vitest's
// SSR transform turn every use of an imported binding into a getter call on a namespace object,
// which the loop below would otherwise pay per entry.
const WIDTH = STRIDE;
const LOW = SLOT_LOW;
const HIGH = SLOT_HIGH;
const DENSE = SLOT_DENSE;
const BASE = SLOT_BASE;
const SIGN = SLOT_SIGN;
const WEIGHT = SLOT_WEIGHT;
const SCORED = SLOT_SCORED;

/**
 * Reads the first `length` entries of a response list into `seen` (0 absent, 1 unanswered, 2 answered, 3 invalid value) and
 * `values`,
 * checking every entry, and accumulates over answered scored items into `acc`: [answered,
 * weighted sum of item scores (reverse applied), answered weight]. Returns the first problem,
 * or `undefined`. Keeps reading after a problem so valid answers can still raise item flags.
 */
export function readResponses(
  list: readonly ItemResponse[],
  length: number,
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
  for (let r = 0; r < length; r += 1) {
    const entry = list[r] as { itemId?: unknown; value?: unknown } | null | undefined;
    let code: EntryProblemCode | undefined;
    let id = '';
    let v: unknown;
    // Each property is read once: a getter cannot show the reader two different values.
    const rawId = entry !== null && typeof entry === 'object' ? entry.itemId : undefined;
    if (typeof rawId !== 'string') {
      code = 'malformed-responses';
    } else {
      id = rawId;
      // Lists usually follow item order, so try the item at this position first: one string
      // comparison is cheaper than a keyed lookup with a string that is not internalised.
      const i = r < count && ids[r] === id ? r : lookupIndex[id];
      if (i === undefined) code = 'unknown-item';
      else if (seen[i] !== 0) code = 'duplicate-item';
      else {
        v = (entry as { value?: unknown }).value;
        const at = i * WIDTH;
        const lo = packed[at + LOW] as number;
        if (v === null || v === undefined) seen[i] = 1;
        else if (typeof v !== 'number' || !Number.isInteger(v)) {
          code = 'not-an-integer';
          seen[i] = 3;
        } else if (
          v < lo ||
          v > (packed[at + HIGH] as number) ||
          (packed[at + DENSE] !== 1 && (t.valid[i] as Uint8Array)[v - lo] !== 1)
        ) {
          code = 'out-of-range';
          seen[i] = 3;
        } else {
          seen[i] = 2;
          values[i] = v;
          // Unscored items have weight 0 and scored 0, so they add nothing (no branch needed).
          const w = packed[at + WEIGHT] as number;
          answered += packed[at + SCORED] as number;
          weight += w;
          sum += w * ((packed[at + BASE] as number) + (packed[at + SIGN] as number) * v);
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
