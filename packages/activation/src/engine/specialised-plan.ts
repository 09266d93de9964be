import type { RaisedFlag } from '@livewell/core';
import type { CompiledPlan } from './compiled-plan.js';
import { idsByMask } from './ids-by-mask.js';
import { SLOT_BASE, SLOT_HIGH, SLOT_LOW, SLOT_SIGN, SLOT_WEIGHT, STRIDE } from './item-layout.js';
import { type TotalTables, totalTables } from './total-tables.js';

/** The most items (and flag rules) a specialised scorer takes: masks stay small integers. */
export const MAX_SPECIALISED = 30;

/** The widest span of a flagged item (its raised rules are kept per value). */
const MAX_FLAGGED_SPAN = 1000;

/** The widest gap-free span of a scale with gaps that fits one integer of allowed offsets. */
const MAX_GAPPED_SPAN = 30;

/**
 * The facts a scorer specialised to one definition reads, as integers and small typed arrays:
 * item i is bit `1 << i` of the seen, answered and scored masks, flag rule r is bit `1 << r` of
 * the flag mask (the order `flagsFor` expects).
 */
export interface SpecialisedPlan extends TotalTables {
  readonly count: number;
  /** Bits of the scored items. */
  readonly scoredMask: number;
  /** The fewest scored answers the missing-data rule accepts (at least 1). */
  readonly needed: number;
  /** Whether item scores are the answers themselves (no reverse scoring, scored weights all 1). */
  readonly plain: boolean;
  /** One value range shared by every item, or `undefined` (then `low` and `span` per item). */
  readonly uniform:
    | { readonly low: number; readonly span: number; readonly allowed: number }
    | undefined;
  readonly low: Int32Array;
  /** Highest minus lowest option, per item. */
  readonly span: Int32Array;
  /** Bit d set when low + d is an option (all bits for a scale without gaps). */
  readonly allowed: Int32Array;
  /** Item score = base + sign × value, weighted by weight (0 for unscored items). */
  readonly base: Int32Array;
  readonly sign: Int32Array;
  readonly weight: Int32Array;
  /** Bits of the items with an item-value flag rule. */
  readonly itemFlagMask: number;
  /**
   * The bits of the item-value rules an answer raises: for a flagged item i answered low + d,
   * `valueFlags[flagOffset[i] + d]`.
   */
  readonly flagOffset: Int32Array;
  readonly valueFlags: Int32Array;
  /** Unanswered-item rules: the item's bit and the rule's bit, in pairs. */
  readonly unanswered: Int32Array;
  /** Bits of the items with an unanswered-item rule. */
  readonly unansweredItems: number;
  /** The raised flags by flag mask, for up to 8 rules (the lists `flagsFor` gives), else empty. */
  readonly flagLists: readonly (readonly RaisedFlag[])[];
  /** Total rules: threshold and bit. */
  readonly totalAt: Float64Array;
  readonly totalBit: Int32Array;
  /** Bands as parallel lists (tolerance applied), in definition order. */
  readonly bandMin: Float64Array;
  readonly bandMax: Float64Array;
  /** Frozen lists of the ids of the items whose bits are set, by mask (built on first use). */
  readonly idsOf: (mask: number) => readonly string[];
}

/** Whether every integer from low to high is among `values`. */
const gapFree = (values: readonly number[], low: number, high: number): boolean =>
  new Set(values).size === high - low + 1;

/**
 * The specialised plan of a checked definition, or `undefined` when the definition needs the
 * general scorer: subscales, more than 30 items or flag rules, weights that are not whole numbers,
 * a scale with gaps wider than 30, or an item with value rules and more than 1,001 values.
 */
export function specialisedPlanOf(plan: CompiledPlan): SpecialisedPlan | undefined {
  const { def, tables } = plan;
  const count = tables.count;
  if (count > MAX_SPECIALISED || def.flags.length > MAX_SPECIALISED) return undefined;
  if (def.subscales.length > 0 || !plan.exactSums) return undefined;
  const packed = tables.packed;
  const at = (i: number, slot: number) => packed[i * STRIDE + slot] as number;
  const low = new Int32Array(count);
  const span = new Int32Array(count);
  const allowed = new Int32Array(count);
  const base = new Int32Array(count);
  const sign = new Int32Array(count);
  const weight = new Int32Array(count);
  const scales = new Map(def.scales.map((s) => [s.id, s.options.map((o) => o.value)]));
  let scoredMask = 0;
  let plain = true;
  for (let i = 0; i < count; i += 1) {
    const item = def.items[i];
    const values = item ? (scales.get(item.scaleId) ?? []) : [];
    const lo = at(i, SLOT_LOW);
    const hi = at(i, SLOT_HIGH);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || hi - lo > 2 ** 30)
      return undefined;
    low[i] = lo;
    span[i] = hi - lo;
    if (gapFree(values, lo, hi)) allowed[i] = -1;
    else if (hi - lo > MAX_GAPPED_SPAN) return undefined;
    else for (const v of values) allowed[i] = (allowed[i] as number) | (1 << (v - lo));
    base[i] = at(i, SLOT_BASE);
    sign[i] = at(i, SLOT_SIGN);
    weight[i] = at(i, SLOT_WEIGHT);
    if (tables.scored[i] === 1) {
      scoredMask |= 1 << i;
      if (weight[i] !== 1 || sign[i] !== 1) plain = false;
    }
  }
  let itemFlagMask = 0;
  for (const f of plan.valueRules) itemFlagMask |= 1 << (plan.flagItem[f] as number);
  const flagOffset = new Int32Array(count);
  let flagCells = 0;
  for (let i = 0; i < count; i += 1) {
    if ((itemFlagMask & (1 << i)) === 0) continue;
    if ((span[i] as number) > MAX_FLAGGED_SPAN) return undefined;
    flagOffset[i] = flagCells;
    flagCells += (span[i] as number) + 1;
  }
  const valueFlags = new Int32Array(flagCells);
  for (const f of plan.valueRules) {
    const i = plan.flagItem[f] as number;
    for (let d = 0; d <= (span[i] as number); d += 1)
      if ((low[i] as number) + d >= (plan.flagAt[f] as number)) {
        const cell = (flagOffset[i] as number) + d;
        valueFlags[cell] = (valueFlags[cell] as number) | (1 << f);
      }
  }
  const unanswered = Int32Array.from(
    [...plan.unansweredRules].flatMap((f) => [1 << (plan.flagItem[f] as number), 1 << f]),
  );
  const sameRange = (i: number) =>
    low[i] === low[0] && span[i] === span[0] && allowed[i] === allowed[0];
  const uniform =
    count > 0 && Array.from({ length: count }, (_, i) => i).every(sameRange)
      ? { low: low[0] as number, span: span[0] as number, allowed: allowed[0] as number }
      : undefined;
  const missing = plan.missing;
  const scoredCount = tables.scoredCount;
  const needed =
    missing.kind === 'all-required'
      ? scoredCount
      : missing.kind === 'min-answered'
        ? missing.minAnswered
        : scoredCount - missing.maxMissing;
  const idsOf = idsByMask(tables.ids);
  const table = totalTables(plan, weight, base, sign, low, span);
  return {
    count,
    scoredMask,
    needed: Math.max(1, needed),
    plain,
    uniform,
    low,
    span,
    allowed,
    base,
    sign,
    weight,
    itemFlagMask,
    flagOffset,
    valueFlags,
    unanswered,
    unansweredItems: [...plan.unansweredRules].reduce(
      (mask, f) => mask | (1 << (plan.flagItem[f] as number)),
      0,
    ),
    flagLists:
      def.flags.length <= 8
        ? Array.from({ length: 2 ** def.flags.length }, (_, mask) => plan.flagsFor(mask))
        : [],
    totalAt: Float64Array.from(plan.totalRules, (f) => plan.flagAt[f] as number),
    totalBit: Int32Array.from(plan.totalRules, (f) => 1 << f),
    bandMin: Float64Array.from(plan.bands, (b) => b.min),
    bandMax: Float64Array.from(plan.bands, (b) => b.max),
    ...table,
    idsOf,
  };
}
