import type { ItemResponse } from '@livewell/core';
import type { ItemTables } from './compiled-parts.js';
import type { UnscorableCode } from './types.js';

/** The first problem found in a response list. */
export interface ReadProblem {
  readonly code: UnscorableCode;
  readonly message: string;
  readonly itemId?: string;
}

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
  for (let r = 0; r < list.length; r += 1) {
    const entry = list[r] as { itemId?: unknown; value?: unknown } | null | undefined;
    if (entry === null || typeof entry !== 'object' || typeof entry.itemId !== 'string') {
      problem ??= {
        code: 'malformed-responses',
        message: `Response ${r} is not { itemId, value }.`,
      };
      continue;
    }
    const id = entry.itemId;
    const i = t.lookupIndex[id];
    if (i === undefined) {
      problem ??= {
        code: 'unknown-item',
        message: `"${id}" is not an item of ${name}.`,
        itemId: id,
      };
      continue;
    }
    if (seen[i] !== 0) {
      problem ??= {
        code: 'duplicate-item',
        message: `Item "${id}" is answered more than once.`,
        itemId: id,
      };
      continue;
    }
    const v = entry.value;
    if (v === null || v === undefined) {
      seen[i] = 1;
      continue;
    }
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      problem ??= {
        code: 'not-an-integer',
        message: `Item "${id}" has a value that is not an integer.`,
        itemId: id,
      };
      continue;
    }
    if ((t.valid[i] as Uint8Array)[v - (t.low[i] as number)] !== 1) {
      problem ??= {
        code: 'out-of-range',
        message: `Item "${id}" cannot take the value ${v}.`,
        itemId: id,
      };
      continue;
    }
    seen[i] = 2;
    values[i] = v;
    if (t.scored[i] === 1) {
      const w = t.weight[i] as number;
      answered += 1;
      weight += w;
      sum += w * (t.reverse[i] === 1 ? (t.mirror[i] as number) - v : v);
    }
  }
  acc[0] = answered;
  acc[1] = sum;
  acc[2] = weight;
  return problem;
}
