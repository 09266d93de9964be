import type { InstrumentDefinition, MissingDataRule, RaisedFlag } from '@livewell/core';
import { flagSets } from './flag-sets.js';
import { type ItemTables, itemTables } from './item-tables.js';
import { raisedFlag } from './raised-flag.js';

/** A subscale bound to item positions. */
export interface PlannedSubscale {
  readonly id: string;
  readonly label: string;
  readonly items: Int32Array;
  readonly method: 'sum' | 'mean';
  readonly decimals: number;
  readonly missing: MissingDataRule;
}

/** A band with the floating tolerance applied once. */
export interface PlannedBand {
  readonly min: number;
  readonly max: number;
  readonly band: { readonly code: string; readonly label: string };
}

/**
 * Everything the compiled scorer reads, worked out once from a checked definition. Flag rules
 * keep the definition's order: rule r is bit r of the flag mask.
 */
export interface CompiledPlan {
  readonly def: InstrumentDefinition;
  /** The instrument reference every result carries (one object, shared by all results). */
  readonly instrument: { readonly id: string; readonly version: string };
  /** The definition's short name (used in messages). */
  readonly name: string;
  readonly rule: InstrumentDefinition['scoring']['rule'];
  readonly missing: MissingDataRule;
  readonly tables: ItemTables;
  /** Indexes (into the definition's flags) of item-value rules, unanswered-item rules, total rules. */
  readonly valueRules: Int32Array;
  readonly unansweredRules: Int32Array;
  readonly totalRules: Int32Array;
  /** Item position per flag rule (0 for total rules). */
  readonly flagItem: Int32Array;
  /** Threshold per flag rule (0 for unanswered-item rules). */
  readonly flagAt: Float64Array;
  /** 2 ** r per flag rule r (small integers stay integers in V8 for the first 31 rules). */
  readonly flagBit: readonly number[];
  readonly flagsFor: (mask: number) => readonly RaisedFlag[];
  readonly subscales: readonly PlannedSubscale[];
  readonly bands: readonly PlannedBand[];
  /** Lookup scores indexed by raw − `lookupBase` (empty unless the rule is `lookup`). */
  readonly lookup: Float64Array;
  readonly lookupBase: number;
  readonly totalFactor: number;
  /** Whether a sum may be prorated under the missing-data rule. */
  readonly canProrate: boolean;
  /**
   * Whether every weight is a whole number, so sums of whole-number answers are exact in any
   * order. Otherwise the sum is taken again in item order, as the reference scorer does.
   */
  readonly exactSums: boolean;
  /** The ids of scored items, in item order (all missing when nothing could be read). */
  readonly scoredIds: readonly string[];
}

/** The indexes of the flag rules with the given source. */
const rulesOf = (def: InstrumentDefinition, source: 'item' | 'unanswered' | 'total'): Int32Array =>
  Int32Array.from(def.flags.flatMap((f, r) => (f.when.source === source ? [r] : [])));

/** Works out the {@link CompiledPlan} of a checked definition. */
export function planOf(def: InstrumentDefinition): CompiledPlan {
  const tables = itemTables(def);
  const position = (id: string) => tables.lookupIndex[id] ?? 0;
  const { rule, decimals, missing } = def.scoring;
  const lookupBase = rule.method === 'lookup' ? Math.min(...rule.table.map((row) => row.raw)) : 0;
  const lookup = new Float64Array(rule.method === 'lookup' ? rule.table.length : 0);
  if (rule.method === 'lookup')
    for (const row of rule.table) lookup[row.raw - lookupBase] = row.score;
  return {
    def,
    instrument: Object.freeze({ id: def.id, version: def.version }),
    name: def.shortName,
    rule,
    missing,
    tables,
    valueRules: rulesOf(def, 'item'),
    unansweredRules: rulesOf(def, 'unanswered'),
    totalRules: rulesOf(def, 'total'),
    flagItem: Int32Array.from(
      def.flags.map((f) => (f.when.source === 'total' ? 0 : position(f.when.itemId))),
    ),
    flagAt: Float64Array.from(def.flags.map((f) => ('atLeast' in f.when ? f.when.atLeast : 0))),
    flagBit: def.flags.map((_, r) => 2 ** r),
    flagsFor: flagSets(def.flags.map(raisedFlag)),
    subscales: def.subscales.map((s) => ({
      id: s.id,
      label: s.label,
      items: Int32Array.from(s.itemIds.map(position)),
      method: s.method,
      decimals: s.decimals,
      missing: s.missing,
    })),
    bands: def.bands.map((b) => ({
      min: b.min - 1e-9,
      max: b.max + 1e-9,
      band: { code: b.code, label: b.label },
    })),
    lookup,
    lookupBase,
    totalFactor: 10 ** decimals,
    canProrate: missing.kind !== 'all-required' && missing.prorate,
    exactSums:
      rule.method !== 'weighted-sum' || rule.weights.every((w) => Number.isInteger(w.weight)),
    scoredIds: Object.freeze(def.items.filter((item) => item.scored).map((item) => item.id)),
  };
}
