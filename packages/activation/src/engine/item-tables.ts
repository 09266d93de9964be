import type { InstrumentDefinition } from '@livewell/core';
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

/** Per-item tables the compiled scorer reads, indexed by item position. */
export interface ItemTables {
  readonly count: number;
  /** Item position by id, as a prototype-less object (fast keyed reads in V8). */
  readonly lookupIndex: Readonly<Record<string, number | undefined>>;
  readonly ids: readonly string[];
  /** `valid[i][v - low] === 1` when v is an option of item i. */
  readonly valid: readonly Uint8Array[];
  /** 1 for scored items. */
  readonly scored: Uint8Array;
  readonly scoredCount: number;
  readonly totalWeight: number;
  /** The facts `readResponses` needs, laid out as `item-layout.ts` describes. */
  readonly packed: Float64Array;
}

/** Builds the per-item tables of a checked definition. */
export function itemTables(def: InstrumentDefinition): ItemTables {
  const count = def.items.length;
  const scales = new Map(def.scales.map((s) => [s.id, s.options.map((o) => o.value)]));
  const weights =
    def.scoring.rule.method === 'weighted-sum'
      ? new Map(def.scoring.rule.weights.map((w) => [w.itemId, w.weight]))
      : undefined;
  const scored = new Uint8Array(count);
  const valid: Uint8Array[] = [];
  const packed = new Float64Array(count * STRIDE);
  const lookupIndex: Record<string, number> = Object.create(null);
  let scoredCount = 0;
  let totalWeight = 0;
  def.items.forEach((item, i) => {
    const values = scales.get(item.scaleId) ?? [0];
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const table = new Uint8Array(hi - lo + 1);
    for (const v of values) table[v - lo] = 1;
    valid.push(table);
    const weight = item.scored ? (weights?.get(item.id) ?? 1) : 0;
    const at = i * STRIDE;
    packed[at + SLOT_LOW] = lo;
    packed[at + SLOT_HIGH] = hi;
    packed[at + SLOT_DENSE] = table.every((x) => x === 1) ? 1 : 0;
    packed[at + SLOT_BASE] = item.reverse ? lo + hi : 0;
    packed[at + SLOT_SIGN] = item.reverse ? -1 : 1;
    packed[at + SLOT_WEIGHT] = weight;
    packed[at + SLOT_SCORED] = item.scored ? 1 : 0;
    scored[i] = item.scored ? 1 : 0;
    lookupIndex[item.id] = i;
    if (item.scored) {
      scoredCount += 1;
      totalWeight += weight;
    }
  });
  // The ids as the keys of `lookupIndex`: using a string as a key makes V8 keep a canonical copy
  // and turn the original into an indirection to it, and comparing such an indirection with a
  // caller's id took a slow path (PHQ-9 scored 2× slower until the caller's ids had been used
  // as keys too).
  const ids: string[] = [];
  for (const key of Object.keys(lookupIndex)) ids[lookupIndex[key] as number] = key;
  return {
    count,
    lookupIndex,
    ids,
    valid,
    scored,
    scoredCount,
    totalWeight,
    packed,
  };
}
