import type { CompiledPlan } from './compiled-plan.js';
import { roundToFactor } from './round-factor.js';

/** Totals worked out ahead for every whole-number sum of item scores the items can give. */
export interface TotalTables {
  /**
   * Band and raised total-rule bits per whole-number total from `tableBase`, for sums that are
   * whole numbers (sum and weighted-sum rules, not prorated); `tableSize` 0 when not used.
   */
  readonly tableBase: number;
  readonly tableSize: number;
  readonly bandAt: readonly ({ readonly code: string; readonly label: string } | undefined)[];
  readonly totalFlagsAt: Int32Array;
  /**
   * For the mean rule: the rounded mean of sum s over a answers at
   * `(s − tableBase) × meanStride + a` (`meanStride` 0 when not used).
   */
  readonly meanStride: number;
  readonly meanTotals: readonly (number | undefined)[];
}

/** The most entries a table of totals may have. */
const MAX_TABLE = 10_000;

/** The lowest and highest whole-number sum of item scores any set of answers can give. */
function sumRange(
  weight: Int32Array,
  base: Int32Array,
  sign: Int32Array,
  low: Int32Array,
  span: Int32Array,
): readonly [number, number] {
  let min = 0;
  let max = 0;
  for (let i = 0; i < weight.length; i += 1) {
    const w = weight[i] as number;
    const at = (value: number) => w * ((base[i] as number) + (sign[i] as number) * value);
    const a = at(low[i] as number);
    const b = at((low[i] as number) + (span[i] as number));
    // An unanswered item adds nothing.
    min += Math.min(0, a, b);
    max += Math.max(0, a, b);
  }
  return [min, max];
}

/**
 * Tables of totals by whole-number sum, worked out with the same functions and comparisons the
 * scorer uses: for sum and weighted-sum rules, the band and total-rule bits of each sum (when
 * every such sum is its own rounded total); for the mean rule, the rounded mean of each sum over
 * each number of answers.
 */
export function totalTables(
  plan: CompiledPlan,
  weight: Int32Array,
  base: Int32Array,
  sign: Int32Array,
  low: Int32Array,
  span: Int32Array,
): TotalTables {
  const none = {
    tableBase: 0,
    tableSize: 0,
    bandAt: [],
    totalFlagsAt: new Int32Array(0),
    meanStride: 0,
    meanTotals: [],
  };
  const method = plan.rule.method;
  const [min, max] = sumRange(weight, base, sign, low, span);
  const size = max - min + 1;
  if (method === 'mean') {
    const stride = plan.tables.scoredCount + 1;
    if (!(size * stride <= MAX_TABLE)) return none;
    // A plain array holding each total as a number value made once (the slot for no answers is
    // `undefined`, which keeps V8 from unpacking the numbers): a result takes the stored number
    // instead of allocating a new one.
    const meanTotals: (number | undefined)[] = [];
    for (let k = 0; k < size; k += 1)
      for (let answered = 0; answered < stride; answered += 1)
        meanTotals.push(
          answered === 0 ? undefined : roundToFactor((min + k) / answered, plan.totalFactor),
        );
    return { ...none, tableBase: min, meanStride: stride, meanTotals };
  }
  if (method !== 'sum' && method !== 'weighted-sum') return none;
  if (!(size <= MAX_TABLE)) return none;
  const bandAt: ({ readonly code: string; readonly label: string } | undefined)[] = [];
  const totalFlagsAt = new Int32Array(size);
  for (let k = 0; k < size; k += 1) {
    const total = min + k;
    if (roundToFactor(total, plan.totalFactor) !== total) return none;
    bandAt.push(plan.bands.find((b) => total >= b.min && total <= b.max)?.band);
    for (const f of plan.totalRules)
      if (total >= (plan.flagAt[f] as number))
        totalFlagsAt[k] = (totalFlagsAt[k] as number) | (1 << f);
  }
  return { ...none, tableBase: min, tableSize: size, bandAt, totalFlagsAt };
}
