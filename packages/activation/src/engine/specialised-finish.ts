import type { RaisedFlag, Result } from '@livewell/core';
import type { CompiledPlan } from './compiled-plan.js';
import { type ReadProblem, tooFewAnswersMessage } from './read-problem.js';
import { roundToFactor } from './round-factor.js';
import { roundTo } from './rounding.js';
import { scoredValue } from './scored-value.js';
import type { SpecialisedPlan } from './specialised-plan.js';
import type { Scored, Unscorable } from './types.js';
import { type UnscorableResult, unscorable } from './unscorable.js';

/**
 * Turns what a specialised reader found into the outcome: `answeredMask` has a bit per item with
 * a valid answer, `sum` and `answeredWeight` are the weighted sum of their item scores and their
 * weight, `flags` the bits of the item-value rules raised; `problem` the first problem found.
 */
export type Finish = (
  problem: ReadProblem | undefined,
  answeredMask: number,
  sum: number,
  answeredWeight: number,
  flags: number,
) => Result<Scored, Unscorable>;

const NONE: readonly never[] = Object.freeze([]);

// Imported bindings copied into module constants (module transforms such as Vitest's turn each
// use of an import into a getter call).
const refuse = unscorable;
const round = roundTo;
const roundWith = roundToFactor;
const build = scoredValue;

/** The number of set bits of a mask below 2 ** 31. */
function bitCount(mask: number): number {
  let m = mask - ((mask >> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >> 2) & 0x33333333);
  m = (m + (m >> 4)) & 0x0f0f0f0f;
  return Math.imul(m, 0x01010101) >>> 24;
}

/**
 * The finishing step of a specialised scorer: unanswered-item flags, the missing-data rule, the
 * total (band and total flags read from a table for whole-number sums), and the result — the same
 * values, in the same shape, as the general compiled scorer gives.
 */
export function specialisedFinish(plan: CompiledPlan, sp: SpecialisedPlan): Finish {
  const { def, instrument, flagsFor, lookup, lookupBase, totalFactor, canProrate, rule } = plan;
  const { scoredCount, totalWeight } = plan.tables;
  const { scoredMask, needed, plain, unanswered, unansweredItems, totalAt, totalBit } = sp;
  const { bandMin, bandMax, flagLists } = sp;
  const { tableBase, tableSize, bandAt, totalFlagsAt, meanStride, meanTotals, idsOf } = sp;
  /** Whether there are total rules or bands to check. */
  const byThresholds = totalAt.length > 0 || plan.bands.length > 0;
  const bands = plan.bands.map((b) => b.band);
  const method = rule.method;
  const slope = rule.method === 'linear' ? rule.slope : 1;
  const intercept = rule.method === 'linear' ? rule.intercept : 0;
  const linearOfMean = rule.method === 'linear' && rule.base === 'mean';

  /** The outcome for a list with a problem or too few answers. */
  function refused(
    problem: ReadProblem | undefined,
    answered: number,
    answeredMask: number,
    flags: number,
  ): Result<Scored, Unscorable> {
    const facts = {
      flags: flagsFor(flags),
      answered,
      missingItems: idsOf(scoredMask & ~answeredMask),
      itemId: problem?.itemId,
    };
    if (problem) return refuse(def, problem.code, problem.message, facts);
    const message = tooFewAnswersMessage(def.shortName, answered, scoredCount);
    return refuse(def, 'too-many-missing', message, facts);
  }

  const missingRule = def.scoring.missing;
  const instrumentId = def.id;
  const tooFewMessages = Array.from({ length: scoredCount + 1 }, (_, answered) =>
    tooFewAnswersMessage(def.shortName, answered, scoredCount),
  );

  /** The `too-many-missing` outcome (built as `unscorable` builds it, messages made once). */
  function tooFew(answered: number, answeredMask: number, flags: number): UnscorableResult {
    const error: Unscorable = {
      code: 'too-many-missing',
      message: tooFewMessages[answered] as string,
      instrumentId,
      instrument,
      flags: raisedFlags(flags),
      answered,
      missingItems: idsOf(scoredMask & ~answeredMask),
      rule: missingRule,
    };
    return { ok: false, error };
  }

  /** The raised flags of a flag mask. */
  function raisedFlags(flags: number): readonly RaisedFlag[] {
    return flags < flagLists.length ? (flagLists[flags] as readonly RaisedFlag[]) : flagsFor(flags);
  }

  /** Total, band and total flags by the rule (whatever the table covers is not needed here). */
  function byRule(
    answered: number,
    answeredMask: number,
    sum: number,
    answeredWeight: number,
    flags: number,
  ): Result<Scored, Unscorable> {
    const prorated = canProrate && answered < scoredCount;
    const raw = prorated ? (sum * totalWeight) / (plain ? answered : answeredWeight) : sum;
    const m = (sum - tableBase) * meanStride + answered;
    let total: number;
    if (meanStride > 0 && sum >= tableBase && m < meanTotals.length)
      total = meanTotals[m] as number;
    else {
      let value = raw;
      if (method === 'mean') value = sum / answered;
      else if (method === 'lookup') value = lookup[round(raw, 0) - lookupBase] as number;
      else if (method === 'linear')
        value = slope * (linearOfMean ? sum / answered : raw) + intercept;
      total = roundWith(value, totalFactor);
    }
    let raised = flags;
    let band: Scored['band'];
    if (byThresholds) {
      for (let k = 0; k < totalAt.length; k += 1)
        if (total >= (totalAt[k] as number)) raised |= totalBit[k] as number;
      for (let b = 0; b < bands.length; b += 1) {
        if (total >= (bandMin[b] as number) && total <= (bandMax[b] as number)) {
          band = bands[b];
          break;
        }
      }
    }
    return scored(total, raw, band, raised, answered, answeredMask, prorated);
  }

  /** The scored result (two shapes, with and without a band, as the general scorer builds). */
  function scored(
    total: number,
    raw: number,
    band: Scored['band'],
    flags: number,
    answered: number,
    answeredMask: number,
    prorated: boolean,
  ): Result<Scored, Unscorable> {
    const missingItems = answered < scoredCount ? idsOf(scoredMask & ~answeredMask) : NONE;
    const raised = raisedFlags(flags);
    const subscales = NONE;
    const value = build(
      instrument,
      total,
      raw,
      band,
      subscales,
      raised,
      answered,
      missingItems,
      prorated,
    );
    return { ok: true, value };
  }

  return function finish(problem, answeredMask, sum, answeredWeight, flags) {
    let raised = flags;
    if ((answeredMask & unansweredItems) !== unansweredItems)
      for (let k = 0; k < unanswered.length; k += 2)
        if ((answeredMask & (unanswered[k] as number)) === 0) raised |= unanswered[k + 1] as number;
    const answered = bitCount(answeredMask & scoredMask);
    if (problem !== undefined) return refused(problem, answered, answeredMask, raised);
    if (answered < needed) return tooFew(answered, answeredMask, raised);
    const at = sum - tableBase;
    if (at >= 0 && at < tableSize && !(canProrate && answered < scoredCount))
      return scored(
        sum,
        sum,
        bandAt[at],
        raised | (totalFlagsAt[at] as number),
        answered,
        answeredMask,
        false,
      );
    return byRule(answered, answeredMask, sum, answeredWeight, raised);
  };
}
