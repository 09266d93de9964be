import type { InstrumentDefinition, MissingDataRule, RaisedFlag } from '@livewell/core';
import {
  SLOT_BASE,
  SLOT_DENSE,
  SLOT_HIGH,
  SLOT_LOW,
  SLOT_SCORED,
  SLOT_SIGN,
  SLOT_WEIGHT,
  STRIDE,
} from './read-responses.js';

/** Per-item tables the compiled scorer reads (parallel arrays indexed by item position). */
export interface ItemTables {
  readonly count: number;
  readonly index: ReadonlyMap<string, number>;
  /** The same as `index`, as a prototype-less object (faster keyed reads in V8). */
  readonly lookupIndex: Readonly<Record<string, number | undefined>>;
  readonly ids: readonly string[];
  readonly low: Int32Array;
  /** `valid[i][v - low[i]] === 1` when v is an option of item i. */
  readonly valid: readonly Uint8Array[];
  /** low + high for reverse-scored items, 0 otherwise. */
  readonly mirror: Int32Array;
  readonly reverse: Uint8Array;
  readonly scored: Uint8Array;
  readonly weight: Float64Array;
  readonly scoredCount: number;
  readonly totalWeight: number;
  /**
   * The per-item facts `readResponses` needs, interleaved so one item's facts sit together:
   * item i's slot k is `packed[i * STRIDE + k]` (k one of the `SLOT_*` constants).
   */
  readonly packed: Float64Array;
}

/** A flag rule bound to an item position. */
export interface ItemFlag {
  readonly item: number;
  readonly atLeast: number;
  readonly flag: RaisedFlag;
}

/** A subscale bound to item positions. */
export interface CompiledSubscale {
  readonly id: string;
  readonly label: string;
  readonly items: Int32Array;
  readonly method: 'sum' | 'mean';
  readonly decimals: number;
  readonly missing: MissingDataRule;
}

/** Builds the per-item tables of a checked definition. */
export function itemTables(def: InstrumentDefinition): ItemTables {
  const count = def.items.length;
  const scales = new Map(def.scales.map((s) => [s.id, s.options.map((o) => o.value)]));
  const low = new Int32Array(count);
  const mirror = new Int32Array(count);
  const reverse = new Uint8Array(count);
  const scored = new Uint8Array(count);
  const weight = new Float64Array(count);
  const valid: Uint8Array[] = [];
  const weights =
    def.scoring.rule.method === 'weighted-sum'
      ? new Map(def.scoring.rule.weights.map((w) => [w.itemId, w.weight]))
      : undefined;
  const packed = new Float64Array(count * STRIDE);
  let scoredCount = 0;
  let totalWeight = 0;
  def.items.forEach((item, i) => {
    const values = scales.get(item.scaleId) ?? [0];
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const table = new Uint8Array(hi - lo + 1);
    for (const v of values) table[v - lo] = 1;
    valid.push(table);
    low[i] = lo;
    reverse[i] = item.reverse ? 1 : 0;
    mirror[i] = item.reverse ? lo + hi : 0;
    scored[i] = item.scored ? 1 : 0;
    weight[i] = item.scored ? (weights?.get(item.id) ?? 1) : 0;
    const at = i * STRIDE;
    packed[at + SLOT_LOW] = lo;
    packed[at + SLOT_HIGH] = hi;
    packed[at + SLOT_DENSE] = table.every((x) => x === 1) ? 1 : 0;
    packed[at + SLOT_BASE] = mirror[i] as number;
    packed[at + SLOT_SIGN] = item.reverse ? -1 : 1;
    packed[at + SLOT_WEIGHT] = weight[i] as number;
    packed[at + SLOT_SCORED] = scored[i] as number;
    if (item.scored) {
      scoredCount += 1;
      totalWeight += weight[i] ?? 0;
    }
  });
  return {
    count,
    index: new Map(def.items.map((item, i) => [item.id, i])),
    lookupIndex: Object.assign(
      Object.create(null) as Record<string, number>,
      Object.fromEntries(def.items.map((item, i) => [item.id, i])),
    ),
    ids: def.items.map((item) => item.id),
    low,
    valid,
    mirror,
    reverse,
    scored,
    weight,
    scoredCount,
    totalWeight,
    packed,
  };
}

/** Whether `answered` of `count` items satisfies a missing-data rule. */
export function meetsRule(rule: MissingDataRule, answered: number, count: number): boolean {
  if (answered < 1) return false;
  switch (rule.kind) {
    case 'all-required':
      return answered === count;
    case 'min-answered':
      return answered >= rule.minAnswered;
    case 'max-missing':
      return count - answered <= rule.maxMissing;
  }
}

/** Whether a missing-data rule allows a sum to be prorated. */
export const prorates = (rule: MissingDataRule): boolean =>
  rule.kind !== 'all-required' && rule.prorate;
