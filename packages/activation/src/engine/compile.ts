import { type InstrumentDefinition, type ItemResponse, ok, type Result } from '@livewell/core';
import {
  type CompiledPlan,
  type PlannedBand,
  type PlannedSubscale,
  planOf,
} from './compiled-plan.js';
import { defineInstrument } from './define-instrument.js';
import type { InstrumentDefinitionError } from './definition-error.js';
import { SLOT_BASE, SLOT_SIGN, SLOT_WEIGHT, STRIDE } from './item-layout.js';
import { meetsRule } from './missing-rule.js';
import {
  MAX_ENTRIES,
  TOO_LONG_MESSAGE,
  tooFewAnswersMessage,
  UNREADABLE_MESSAGE,
} from './read-problem.js';
import { readResponses } from './read-responses.js';
import { responseList } from './response-list.js';
import { roundToFactor } from './round-factor.js';
import { roundTo } from './rounding.js';
import { scoredValue } from './scored-value.js';
import { specialisedPlanOf } from './specialised-plan.js';
import { specialisedScorer } from './specialised-scorer.js';
import type { Responses, Scored, SubscaleScore, Unscorable } from './types.js';
import { type UnscorableResult, unscorable } from './unscorable.js';

/** A checked definition turned into a fast scorer. Build once, score many times. */
export interface CompiledInstrument {
  readonly kind: 'compiled-instrument';
  readonly definition: InstrumentDefinition;
  /** Scores one response set; the same as `score(definition, responses)`. */
  score(responses: Responses): Result<Scored, Unscorable>;
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * Validates a definition (as `defineInstrument`) and precompiles it into a scorer that avoids
 * re-reading the definition per response set. An optimisation only: it returns exactly what the
 * reference scorer (`scoreByReference`) returns, which a property test checks. `score()` keeps a
 * compiled copy per definition object, so calling `score` is enough for most uses.
 *
 * @example
 * const phq = compileInstrument(phq9);
 * if (phq.ok) for (const r of batch) phq.value.score(r);
 */
export function compileInstrument(
  input: InstrumentDefinition,
): Result<CompiledInstrument, InstrumentDefinitionError> {
  const checked = defineInstrument(input);
  if (!checked.ok) return checked;
  return ok(compileChecked(checked.value));
}

/** Compiles a definition that has already passed `defineInstrument`. */
export function compileChecked(def: InstrumentDefinition): CompiledInstrument {
  const plan = planOf(def);
  const specialised = specialisedPlanOf(plan);
  const score = specialised ? specialisedScorer(plan, specialised) : generalScorer(plan);
  return { kind: 'compiled-instrument', definition: def, score };
}

/**
 * The general compiled scorer, for any checked definition: item facts read from the packed
 * tables, answers kept in scratch buffers reused between calls.
 */
export function generalScorer(
  plan: CompiledPlan,
): (responses: Responses) => Result<Scored, Unscorable> {
  const def = plan.def;
  const count = plan.tables.count;
  // Scratch buffers reused between calls; a re-entrant call (only possible from a hostile
  // getter) gets fresh ones, so a result never depends on an earlier call.
  const scratchValues = new Float64Array(count);
  const scratchSeen = new Uint8Array(count);
  const scratchAcc = new Float64Array(3);
  let busy = false;
  function score(responses: Responses): Result<Scored, Unscorable> {
    const reentrant = busy;
    busy = true;
    const values = reentrant ? new Float64Array(count) : scratchValues;
    const seen = reentrant ? new Uint8Array(count) : scratchSeen;
    const acc = reentrant ? new Float64Array(3) : scratchAcc;
    for (let i = 0; i < count; i += 1) seen[i] = 0;
    try {
      return scoreWithPlan(plan, responses, values, seen, acc);
    } catch {
      const facts = { flags: NONE, answered: 0, missingItems: plan.scoredIds };
      return unscorable(def, 'malformed-responses', UNREADABLE_MESSAGE, facts);
    } finally {
      busy = reentrant;
    }
  }
  return score;
}

// Imported functions used per response set, bound to module constants once. Module transforms
// that turn each use of an import into a getter read on a namespace object (Vite and Vitest's SSR
// transform, CommonJS interop) would otherwise add a property lookup and a getter call per use.
const read = readResponses;
const round = roundTo;
const roundWith = roundToFactor;
const meets = meetsRule;
const succeed = ok;
const refuse = unscorable;
const listOf = responseList;
const build = scoredValue;
const maxEntries = MAX_ENTRIES;
const WIDTH = STRIDE;
const BASE = SLOT_BASE;
const SIGN = SLOT_SIGN;
const WEIGHT = SLOT_WEIGHT;

function scoreWithPlan(
  plan: CompiledPlan,
  responses: Responses,
  values: Float64Array,
  seen: Uint8Array,
  acc: Float64Array,
): Result<Scored, Unscorable> {
  const { def, tables: t } = plan;
  const list = listOf(plan, responses);
  if (!Array.isArray(list)) return list as UnscorableResult;
  const length: unknown = list.length;
  if (typeof length !== 'number' || !(length <= maxEntries)) {
    const facts = { flags: NONE, answered: 0, missingItems: plan.scoredIds };
    return refuse(def, 'malformed-responses', TOO_LONG_MESSAGE, facts);
  }
  const problem = read(list as readonly ItemResponse[], length, t, seen, values, acc, plan.name);
  const answered = acc[0] as number;
  let sum = acc[1] as number;
  let answeredWeight = acc[2] as number;
  const { valueRules, unansweredRules, totalRules, flagItem, flagAt, flagBit } = plan;
  let mask = 0;
  for (let k = 0; k < valueRules.length; k += 1) {
    const f = valueRules[k] as number;
    const i = flagItem[f] as number;
    if (seen[i] === 2 && (values[i] as number) >= (flagAt[f] as number))
      mask += flagBit[f] as number;
  }
  for (let k = 0; k < unansweredRules.length; k += 1) {
    const f = unansweredRules[k] as number;
    if (seen[flagItem[f] as number] !== 2) mask += flagBit[f] as number;
  }
  if (problem || !meets(plan.missing, answered, t.scoredCount)) {
    const facts = {
      flags: plan.flagsFor(mask),
      answered,
      missingItems: missingIds(plan, seen),
      itemId: problem?.itemId,
    };
    if (problem) return refuse(def, problem.code, problem.message, facts);
    return refuse(
      def,
      'too-many-missing',
      tooFewAnswersMessage(def.shortName, answered, t.scoredCount),
      facts,
    );
  }
  if (!plan.exactSums) [sum, answeredWeight] = sumInItemOrder(plan, seen, values);
  const rule = plan.rule;
  const prorated = plan.canProrate && answered < t.scoredCount;
  const raw = prorated ? (sum * t.totalWeight) / answeredWeight : sum;
  let value = raw;
  if (rule.method === 'mean') value = sum / answered;
  else if (rule.method === 'lookup') value = plan.lookup[round(raw, 0) - plan.lookupBase] as number;
  else if (rule.method === 'linear')
    value = rule.slope * (rule.base === 'mean' ? sum / answered : raw) + rule.intercept;
  const total = roundWith(value, plan.totalFactor);
  for (let k = 0; k < totalRules.length; k += 1) {
    const f = totalRules[k] as number;
    if (total >= (flagAt[f] as number)) mask += flagBit[f] as number;
  }
  const missingItems = answered < t.scoredCount ? missingIds(plan, seen) : NONE;
  let band: Scored['band'];
  const bands = plan.bands;
  for (let b = 0; b < bands.length; b += 1) {
    const candidate = bands[b] as PlannedBand;
    if (total >= candidate.min && total <= candidate.max) {
      band = candidate.band;
      break;
    }
  }
  const subscales =
    plan.subscales.length === 0
      ? NONE
      : plan.subscales.map((s) => subscaleScore(plan, s, seen, values));
  const flags = plan.flagsFor(mask);
  const instrument = plan.instrument;
  return succeed(
    build(instrument, total, raw, band, subscales, flags, answered, missingItems, prorated),
  );
}

/** Ids of scored items without a valid answer, in item order. */
function missingIds(plan: CompiledPlan, seen: Uint8Array): readonly string[] {
  const ids: string[] = [];
  const t = plan.tables;
  for (let i = 0; i < t.count; i += 1)
    if (seen[i] !== 2 && t.scored[i] === 1) ids.push(t.ids[i] as string);
  return ids;
}

/** The weighted sum and answered weight in item order (for weights that are not whole numbers). */
function sumInItemOrder(
  plan: CompiledPlan,
  seen: Uint8Array,
  values: Float64Array,
): [number, number] {
  const { packed, count } = plan.tables;
  let sum = 0;
  let weight = 0;
  for (let i = 0; i < count; i += 1) {
    if (seen[i] !== 2 || plan.tables.scored[i] !== 1) continue;
    const at = i * WIDTH;
    const w = packed[at + WEIGHT] as number;
    sum +=
      w * ((packed[at + BASE] as number) + (packed[at + SIGN] as number) * (values[i] as number));
    weight += w;
  }
  return [sum, weight];
}

function subscaleScore(
  plan: CompiledPlan,
  s: PlannedSubscale,
  seen: Uint8Array,
  values: Float64Array,
): SubscaleScore {
  const packed = plan.tables.packed;
  let answered = 0;
  let sum = 0;
  for (const i of s.items) {
    if (seen[i] !== 2) continue;
    answered += 1;
    // Item score: base + sign × value (reverse scoring applied).
    const at = i * WIDTH;
    sum += (packed[at + BASE] as number) + (packed[at + SIGN] as number) * (values[i] as number);
  }
  const count = s.items.length;
  if (!meets(s.missing, answered, count))
    return { id: s.id, label: s.label, score: null, answered };
  const prorate = s.missing.kind !== 'all-required' && s.missing.prorate;
  const value = s.method === 'mean' ? sum / answered : prorate ? (sum * count) / answered : sum;
  return { id: s.id, label: s.label, score: round(value, s.decimals), answered };
}
