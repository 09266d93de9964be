import {
  type InstrumentDefinition,
  type ItemResponse,
  ok,
  type RaisedFlag,
  type Result,
} from '@livewell/core';
import { type CompiledSubscale, itemTables, meetsRule, prorates } from './compiled-parts.js';
import { defineInstrument } from './define-instrument.js';
import type { InstrumentDefinitionError } from './definition-error.js';
import { flagSets } from './flag-sets.js';
import { readResponses } from './read-responses.js';
import { roundToFactor } from './round-factor.js';
import { roundTo } from './rounding.js';
import type { Responses, Scored, SubscaleScore, Unscorable, UnscorableCode } from './types.js';

/** A checked definition turned into a fast scorer. Build once, score many times. */
export interface CompiledInstrument {
  readonly kind: 'compiled-instrument';
  readonly definition: InstrumentDefinition;
  /** Scores one response set; the same as `score(definition, responses)`. */
  score(responses: Responses): Result<Scored, Unscorable>;
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * Validates a definition (as `defineInstrument`) and precompiles it into a scorer that
 * avoids re-reading the definition per response set. Use it for bulk scoring.
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
  const def = checked.value;
  const t = itemTables(def);
  // The imported functions used per response set, bound to locals once. Module transforms
  // that turn each use of an import into a getter read on a namespace object (Vite and
  // Vitest's SSR transform, CommonJS interop) would otherwise add a property lookup and a
  // getter call to every use, and keep V8 from treating the callee as a constant.
  const read = readResponses;
  const round = roundTo;
  const roundWith = roundToFactor;
  const meets = meetsRule;
  const succeed = ok;
  const { rule, decimals } = def.scoring;
  const totalFactor = 10 ** decimals;
  const ref = { id: def.id, version: def.version };
  const missingRule = def.scoring.missing;
  const canProrate = prorates(missingRule);
  const toFlag = (f: (typeof def.flags)[number]): RaisedFlag =>
    f.when.source === 'item'
      ? { code: f.code, severity: f.severity, message: f.message, itemId: f.when.itemId }
      : { code: f.code, severity: f.severity, message: f.message };
  const itemRules = def.flags.filter((f) => f.when.source === 'item');
  const totalRules = def.flags.filter((f) => f.when.source === 'total');
  const flagItem = Int32Array.from(
    itemRules.map((f) => (f.when.source === 'item' ? (t.index.get(f.when.itemId) ?? 0) : 0)),
  );
  const flagAt = Float64Array.from([...itemRules, ...totalRules].map((f) => f.when.atLeast));
  const flagsFor = flagSets([...itemRules, ...totalRules].map(toFlag));
  const subscales: CompiledSubscale[] = def.subscales.map((s) => ({
    id: s.id,
    label: s.label,
    items: Int32Array.from(s.itemIds.map((id) => t.index.get(id) ?? 0)),
    method: s.method,
    decimals: s.decimals,
    missing: s.missing,
  }));
  const bands = def.bands.map((b) => ({
    min: b.min - 1e-9,
    max: b.max + 1e-9,
    band: { code: b.code, label: b.label },
  }));
  const lookupBase = rule.method === 'lookup' ? Math.min(...rule.table.map((row) => row.raw)) : 0;
  const lookup = new Float64Array(rule.method === 'lookup' ? rule.table.length : 0);
  if (rule.method === 'lookup')
    for (const row of rule.table) lookup[row.raw - lookupBase] = row.score;

  const unscorable = (
    code: UnscorableCode,
    message: string,
    flags: readonly RaisedFlag[],
    answered: number,
    itemId?: string,
  ): Err => ({
    ok: false,
    error: {
      code,
      message,
      instrumentId: def.id,
      flags,
      answered,
      ...(code === 'too-many-missing' ? { rule: missingRule } : {}),
      ...(itemId === undefined ? {} : { itemId }),
    },
  });

  // Scratch buffers reused between calls; a re-entrant call (only possible from a hostile
  // getter) gets fresh ones, so a result never depends on an earlier call.
  const scratchValues = new Float64Array(t.count);
  const scratchSeen = new Uint8Array(t.count);
  const scratchAcc = new Float64Array(3);
  let busy = false;

  function score(responses: Responses): Result<Scored, Unscorable> {
    const reentrant = busy;
    busy = true;
    const values = reentrant ? new Float64Array(t.count) : scratchValues;
    const seen = reentrant ? new Uint8Array(t.count) : scratchSeen;
    const acc = reentrant ? new Float64Array(3) : scratchAcc;
    for (let i = 0; i < seen.length; i += 1) seen[i] = 0;
    try {
      return scoreInto(responses, values, seen, acc);
    } catch {
      return unscorable('malformed-responses', 'The responses could not be read.', NONE, 0);
    } finally {
      busy = reentrant;
    }
  }

  function listOf(responses: Responses): readonly ItemResponse[] | Err {
    if (Array.isArray(responses)) return responses;
    if (responses !== null && typeof responses === 'object') {
      const set = responses as { instrumentId?: unknown; responses?: unknown };
      if (typeof set.instrumentId === 'string' && set.instrumentId !== def.id) {
        return unscorable(
          'wrong-instrument',
          `These responses are for "${set.instrumentId}", not "${def.id}".`,
          NONE,
          0,
        );
      }
      if (Array.isArray(set.responses)) return set.responses as readonly ItemResponse[];
    }
    return unscorable(
      'malformed-responses',
      'Responses must be a list of { itemId, value }.',
      NONE,
      0,
    );
  }

  function scoreInto(
    responses: Responses,
    values: Float64Array,
    seen: Uint8Array,
    acc: Float64Array,
  ): Result<Scored, Unscorable> {
    const list = listOf(responses);
    if (!Array.isArray(list)) return list as Err;
    const problem = read(list, t, seen, values, acc, def.shortName);
    let mask = 0;
    for (let f = 0; f < flagItem.length; f += 1) {
      const i = flagItem[f] as number;
      if (seen[i] === 2 && (values[i] as number) >= (flagAt[f] as number)) mask |= 1 << f;
    }
    const answered = acc[0] as number;
    const sum = acc[1] as number;
    const answeredWeight = acc[2] as number;
    if (problem)
      return unscorable(problem.code, problem.message, flagsFor(mask), answered, problem.itemId);
    if (!meets(missingRule, answered, t.scoredCount)) {
      return unscorable(
        'too-many-missing',
        `${def.shortName} needs more answers: ${answered} of ${t.scoredCount} items answered.`,
        flagsFor(mask),
        answered,
      );
    }
    const prorated = canProrate && answered < t.scoredCount;
    const raw = prorated ? (sum * t.totalWeight) / answeredWeight : sum;
    let value = raw;
    if (rule.method === 'mean') value = sum / answered;
    else if (rule.method === 'lookup') value = lookup[round(raw, 0) - lookupBase] as number;
    else if (rule.method === 'linear')
      value = rule.slope * (rule.base === 'mean' ? sum / answered : raw) + rule.intercept;
    const total = roundWith(value, totalFactor);
    for (let f = flagItem.length; f < flagAt.length; f += 1) {
      if (total >= (flagAt[f] as number)) mask |= 1 << f;
    }
    let missing: readonly string[] = NONE;
    if (answered < t.scoredCount) {
      const ids: string[] = [];
      for (let i = 0; i < t.count; i += 1)
        if (seen[i] !== 2 && t.scored[i] === 1) ids.push(t.ids[i] as string);
      missing = ids;
    }
    let band: Scored['band'];
    for (let b = 0; b < bands.length; b += 1) {
      const candidate = bands[b] as (typeof bands)[number];
      if (total >= candidate.min && total <= candidate.max) {
        band = candidate.band;
        break;
      }
    }
    const subs =
      subscales.length === 0 ? NONE : subscales.map((s) => subscaleScore(s, seen, values));
    const flags = flagsFor(mask);
    const scored: Scored = band
      ? { instrument: ref, total, raw, band, subscales: subs, flags, answered, missing, prorated }
      : { instrument: ref, total, raw, subscales: subs, flags, answered, missing, prorated };
    return succeed(scored);
  }

  function subscaleScore(
    s: CompiledSubscale,
    seen: Uint8Array,
    values: Float64Array,
  ): SubscaleScore {
    let answered = 0;
    let sum = 0;
    for (const i of s.items) {
      if (seen[i] !== 2) continue;
      const v = values[i] as number;
      answered += 1;
      sum += t.reverse[i] === 1 ? (t.mirror[i] as number) - v : v;
    }
    const count = s.items.length;
    if (!meets(s.missing, answered, count))
      return { id: s.id, label: s.label, score: null, answered };
    const value =
      s.method === 'mean' ? sum / answered : prorates(s.missing) ? (sum * count) / answered : sum;
    return { id: s.id, label: s.label, score: round(value, s.decimals), answered };
  }

  return ok({ kind: 'compiled-instrument', definition: def, score });
}

type Err = { readonly ok: false; readonly error: Unscorable };
