import { type InstrumentDefinition, ok, type Result } from '@livewell/core';
import { raisedFlag } from './raised-flag.js';
import {
  entryProblem,
  MAX_ENTRIES,
  NOT_A_LIST_MESSAGE,
  type ReadProblem,
  TOO_LONG_MESSAGE,
  tooFewAnswersMessage,
  UNREADABLE_MESSAGE,
  wrongInstrumentMessage,
} from './read-problem.js';
import { roundTo } from './rounding.js';
import type { Scored, SubscaleScore, Unscorable } from './types.js';
import { unscorable } from './unscorable.js';

/** The answers read from a list: valid coded values by item id, and the first problem. */
interface Answers {
  readonly values: Map<string, number>;
  readonly problem: ReadProblem | undefined;
}

/** A response list and its length, read once. */
interface EntryList {
  readonly list: readonly unknown[];
  readonly length: number;
}

/** The list inside `responses`, or why there is none. */
function listOf(def: InstrumentDefinition, responses: unknown): EntryList | ReadProblem {
  let list: unknown = responses;
  if (!Array.isArray(responses) && responses !== null && typeof responses === 'object') {
    const set = responses as { instrumentId?: unknown; responses?: unknown };
    const tagged = set.instrumentId;
    if (typeof tagged === 'string' && tagged !== def.id) {
      return { code: 'wrong-instrument', message: wrongInstrumentMessage(tagged, def.id) };
    }
    list = set.responses;
  }
  if (!Array.isArray(list)) return { code: 'malformed-responses', message: NOT_A_LIST_MESSAGE };
  const length: unknown = list.length;
  if (typeof length !== 'number' || !(length <= MAX_ENTRIES)) {
    return { code: 'malformed-responses', message: TOO_LONG_MESSAGE };
  }
  return { list, length };
}

/**
 * Reads every entry. An entry naming an item claims it (a second entry for it is a duplicate);
 * its value counts only if it is `null`/absent (unanswered) or one of the item's options.
 * Reading goes on after a problem so that valid answers still raise their flags.
 */
function readAnswers(def: InstrumentDefinition, { list, length }: EntryList): Answers {
  const options = new Map(def.scales.map((s) => [s.id, s.options.map((o) => o.value)]));
  const items = new Map(def.items.map((item) => [item.id, options.get(item.scaleId) ?? []]));
  const claimed = new Set<string>();
  const values = new Map<string, number>();
  let problem: ReadProblem | undefined;
  for (let r = 0; r < length; r += 1) {
    const entry = list[r];
    const id =
      entry !== null && typeof entry === 'object'
        ? (entry as { itemId?: unknown }).itemId
        : undefined;
    let found: ReadProblem | undefined;
    if (typeof id !== 'string')
      found = entryProblem('malformed-responses', r, '', undefined, def.shortName);
    else if (!items.has(id)) found = entryProblem('unknown-item', r, id, undefined, def.shortName);
    else if (claimed.has(id))
      found = entryProblem('duplicate-item', r, id, undefined, def.shortName);
    else {
      claimed.add(id);
      const value = (entry as { value?: unknown }).value;
      if (value === null || value === undefined) continue;
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        found = entryProblem('not-an-integer', r, id, value, def.shortName);
      } else if (!items.get(id)?.includes(value)) {
        found = entryProblem('out-of-range', r, id, value, def.shortName);
      } else values.set(id, value);
    }
    problem ??= found;
  }
  return { values, problem };
}

/** Whether `answered` of `count` items meets a missing-data rule (at least one answer always). */
function enoughAnswers(def: InstrumentDefinition, answered: number, count: number): boolean {
  const rule = def.scoring.missing;
  if (answered === 0) return false;
  if (rule.kind === 'all-required') return answered === count;
  if (rule.kind === 'min-answered') return answered >= rule.minAnswered;
  return count - answered <= rule.maxMissing;
}

/**
 * The reference scorer: the definition of a correct score, written to be read rather than to be
 * fast. The compiled scorer (`compileInstrument`) must return exactly what this returns; a
 * property test holds it to that on every shipped and on generated instruments. The definition
 * must already be checked (`defineInstrument`). Never throws: unreadable responses are
 * `malformed-responses`.
 */
export function scoreByReference(
  def: InstrumentDefinition,
  responses: unknown,
): Result<Scored, Unscorable> {
  const scoredItems = def.items.filter((item) => item.scored);
  const nothingRead = { flags: [], answered: 0, missingItems: scoredItems.map((i) => i.id) };
  let answers: Answers;
  try {
    const entries = listOf(def, responses);
    if ('code' in entries) return unscorable(def, entries.code, entries.message, nothingRead);
    answers = readAnswers(def, entries);
  } catch {
    return unscorable(def, 'malformed-responses', UNREADABLE_MESSAGE, nothingRead);
  }
  const { values, problem } = answers;
  const answeredItems = scoredItems.filter((item) => values.has(item.id));
  const missingItems = scoredItems.filter((item) => !values.has(item.id)).map((i) => i.id);
  const answered = answeredItems.length;

  // Item and unanswered-item rules do not need a total: they are reported on both outcomes.
  const raisedBeforeTotal = (rule: InstrumentDefinition['flags'][number]): boolean => {
    const when = rule.when;
    if (when.source === 'item') return (values.get(when.itemId) ?? -Infinity) >= when.atLeast;
    if (when.source === 'unanswered') return !values.has(when.itemId);
    return false;
  };
  if (problem || !enoughAnswers(def, answered, scoredItems.length)) {
    const flags = def.flags.filter(raisedBeforeTotal).map(raisedFlag);
    const facts = { flags, answered, missingItems, itemId: problem?.itemId };
    if (problem) return unscorable(def, problem.code, problem.message, facts);
    const message = tooFewAnswersMessage(def.shortName, answered, scoredItems.length);
    return unscorable(def, 'too-many-missing', message, facts);
  }

  const spans = new Map(
    def.scales.map((s) => {
      const v = s.options.map((o) => o.value);
      return [s.id, { low: Math.min(...v), high: Math.max(...v) }];
    }),
  );
  const itemScore = (item: InstrumentDefinition['items'][number]): number => {
    const value = values.get(item.id) ?? 0;
    const span = spans.get(item.scaleId) ?? { low: 0, high: 0 };
    return item.reverse ? span.low + span.high - value : value;
  };
  const rule = def.scoring.rule;
  const weightOf = (id: string): number =>
    rule.method === 'weighted-sum' ? (rule.weights.find((w) => w.itemId === id)?.weight ?? 1) : 1;
  let sum = 0;
  let answeredWeight = 0;
  let totalWeight = 0;
  for (const item of scoredItems) totalWeight += weightOf(item.id);
  for (const item of answeredItems) {
    sum += weightOf(item.id) * itemScore(item);
    answeredWeight += weightOf(item.id);
  }
  const missing = def.scoring.missing;
  const prorated =
    missing.kind !== 'all-required' && missing.prorate && answered < scoredItems.length;
  const raw = prorated ? (sum * totalWeight) / answeredWeight : sum;
  let value = raw;
  if (rule.method === 'mean') value = sum / answered;
  if (rule.method === 'lookup')
    value = rule.table.find((row) => row.raw === roundTo(raw, 0))?.score ?? Number.NaN;
  if (rule.method === 'linear')
    value = rule.slope * (rule.base === 'mean' ? sum / answered : raw) + rule.intercept;
  const total = roundTo(value, def.scoring.decimals);

  const flags = def.flags
    .filter((f) => (f.when.source === 'total' ? total >= f.when.atLeast : raisedBeforeTotal(f)))
    .map(raisedFlag);
  const found = def.bands.find((b) => total >= b.min - 1e-9 && total <= b.max + 1e-9);
  const subscales = def.subscales.map((s): SubscaleScore => {
    const items = s.itemIds.flatMap((id) => def.items.filter((item) => item.id === id));
    const done = items.filter((item) => values.has(item.id));
    const subSum = done.reduce((acc, item) => acc + itemScore(item), 0);
    const n = done.length;
    const rule = s.missing;
    const enough =
      n > 0 &&
      (rule.kind === 'all-required'
        ? n === items.length
        : rule.kind === 'min-answered'
          ? n >= rule.minAnswered
          : items.length - n <= rule.maxMissing);
    if (!enough) return { id: s.id, label: s.label, score: null, answered: n };
    const subProrate = rule.kind !== 'all-required' && rule.prorate;
    const subValue =
      s.method === 'mean' ? subSum / n : subProrate ? (subSum * items.length) / n : subSum;
    return { id: s.id, label: s.label, score: roundTo(subValue, s.decimals), answered: n };
  });
  const instrument = { id: def.id, version: def.version };
  const band = found ? { code: found.code, label: found.label } : undefined;
  return ok({
    instrument,
    total,
    raw,
    ...(band ? { band } : {}),
    subscales,
    flags,
    answered,
    missingItems,
    prorated,
  });
}
