import type { InstrumentDefinition, ItemResponse } from '@livewell/core';
import type * as FastCheck from 'fast-check';
import { compileInstrument } from '../engine/compile.js';
import { scoreByReference } from '../engine/reference-score.js';
import { roundTo, stepOf } from '../engine/rounding.js';
import { score } from '../engine/score.js';
import { fastCheck } from './fast-check.js';
import { bandsReachableLaw, flagsReachableLaw } from './reach-laws.js';
import {
  completeResponsesArb,
  fewestAnswered,
  optionValues,
  partialResponsesArb,
} from './responses.js';

/** The names of the laws every instrument definition must satisfy. */
export type InstrumentLawName =
  | 'determinism'
  | 'range'
  | 'monotonicity'
  | 'orderIndependence'
  | 'missingDataEdge'
  | 'bandsPartitionRange'
  | 'lookupMonotone'
  | 'itemFlags'
  | 'flagsReachable'
  | 'bandsReachable';

/** A fast-check property for one law (run it with `fc.assert` or `fc.check`). */
export type InstrumentLaw = FastCheck.IRawProperty<unknown, false>;

class LawBroken extends Error {
  readonly code = 'instrument-law-broken';
}

const fail = (message: string): never => {
  throw new LawBroken(message);
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The law suite as fast-check properties for one definition. Each property throws with a
 * message when the law is broken. The definition must pass `defineInstrument`.
 *
 * @example
 * for (const law of Object.values(instrumentLaws(myInstrument))) fc.assert(law, { numRuns: 200 });
 */
export function instrumentLaws(
  def: InstrumentDefinition,
): Record<InstrumentLawName, InstrumentLaw> {
  const fc = fastCheck();
  const compiled = compileInstrument(def);
  if (!compiled.ok) fail(`definition is not valid: ${compiled.error.message}`);
  const scorer = compiled.ok ? compiled.value : fail('unreachable');
  const { range, decimals, rule, missing } = def.scoring;
  const eps = 1e-9;
  const values = optionValues(def);
  const scoredItems = def.items.filter((i) => i.scored);
  const complete = completeResponsesArb(def);
  const partial = partialResponsesArb(def);
  const totalOf = (rs: readonly ItemResponse[]) => {
    const r = scorer.score(rs);
    return r.ok ? r.value.total : undefined;
  };

  const determinism = fc.property(partial, (rs) => {
    const a = scorer.score(rs);
    if (!same(a, scorer.score(rs)) || !same(a, score(def, rs)))
      fail('scoring the same responses twice differed');
    if (!same(a, scoreByReference(def, rs))) fail('the compiled and the reference scorer differed');
  });

  const rangeLaw = fc.property(partial, (rs) => {
    const r = scorer.score(rs);
    if (r.ok && (r.value.total < range.min - eps || r.value.total > range.max + eps)) {
      fail(`total ${r.value.total} outside ${range.min}–${range.max}`);
    }
  });

  const monotonicity = fc.property(
    complete,
    fc.constantFrom(...scoredItems.map((i) => i.id)),
    fc.nat(),
    (rs, itemId, pick) => {
      const item = def.items.find((i) => i.id === itemId);
      const current = rs.find((r) => r.itemId === itemId)?.value ?? null;
      const higher = (values.get(itemId) ?? []).filter((v) => current !== null && v > current);
      const raised = higher[pick % Math.max(1, higher.length)];
      if (!item || raised === undefined) return;
      const before = totalOf(rs);
      const after = totalOf(rs.map((r) => (r.itemId === itemId ? { itemId, value: raised } : r)));
      if (before === undefined || after === undefined)
        fail('a complete valid response set was unscorable');
      const ok = item.reverse
        ? (after as number) <= (before as number) + eps
        : (after as number) >= (before as number) - eps;
      if (!ok) fail(`raising ${itemId} to ${raised} moved the total from ${before} to ${after}`);
    },
  );

  const orderIndependence = fc.property(
    partial.chain((rs) =>
      fc.tuple(
        fc.constant(rs),
        fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }),
      ),
    ),
    ([rs, shuffled]) => {
      if (!same(scorer.score(rs), scorer.score(shuffled)))
        fail('reordering the responses changed the result');
    },
  );

  const k = fewestAnswered(missing, scoredItems.length);
  const missingDataEdge = fc.property(
    complete,
    fc.shuffledSubarray(
      scoredItems.map((i) => i.id),
      { minLength: scoredItems.length, maxLength: scoredItems.length },
    ),
    (rs, order) => {
      const keep = (n: number) => {
        const kept = new Set(order.slice(0, n));
        const scoredIds = new Set(scoredItems.map((i) => i.id));
        return rs.map((r) =>
          scoredIds.has(r.itemId) && !kept.has(r.itemId) ? { itemId: r.itemId, value: null } : r,
        );
      };
      const atEdge = scorer.score(keep(k));
      if (!atEdge.ok) fail(`${k} answered items should be scorable, got ${atEdge.error.code}`);
      if (k >= 1) {
        const below = scorer.score(keep(k - 1));
        if (below.ok || below.error.code !== 'too-many-missing')
          fail(`${k - 1} answered items should be too-many-missing`);
      }
    },
  );

  const step = stepOf(decimals);
  const gridSize = Math.round((range.max - range.min) / step);
  const bandsPartitionRange = fc.property(
    fc.integer({ min: 0, max: Math.max(0, gridSize) }),
    (i) => {
      if (def.bands.length === 0) return;
      const value = roundTo(range.min + i * step, decimals);
      const hits = def.bands.filter((b) => value >= b.min - eps && value <= b.max + eps).length;
      if (hits !== 1) fail(`score ${value} falls in ${hits} bands`);
    },
  );

  const table = rule.method === 'lookup' ? [...rule.table].sort((a, b) => a.raw - b.raw) : [];
  const lookupMonotone = fc.property(fc.nat(), fc.nat(), (x, y) => {
    if (table.length === 0) return;
    const [i, j] = [x % table.length, y % table.length].sort((a, b) => a - b) as [number, number];
    const [a, b] = [table[i], table[j]];
    if (a && b && a.score > b.score)
      fail(`lookup row ${a.raw}→${a.score} is above ${b.raw}→${b.score}`);
  });

  const itemRules = def.flags.flatMap((f) =>
    f.when.source === 'total' ? [] : [{ code: f.code, ...f.when }],
  );
  const itemFlags = fc.property(partial, (rs) => {
    const r = scorer.score(rs);
    const raised = new Set((r.ok ? r.value.flags : r.error.flags).map((f) => f.code));
    for (const f of itemRules) {
      const v = rs.find((x) => x.itemId === f.itemId)?.value;
      const answered = v !== null && v !== undefined;
      const expected = f.source === 'item' ? answered && v >= f.atLeast : !answered;
      if (raised.has(f.code) !== expected)
        fail(`flag ${f.code} ${expected ? 'not raised' : 'raised'} for value ${v}`);
    }
  });

  return {
    determinism,
    range: rangeLaw,
    monotonicity,
    orderIndependence,
    missingDataEdge,
    bandsPartitionRange,
    lookupMonotone,
    itemFlags,
    flagsReachable: flagsReachableLaw(def, scorer),
    bandsReachable: bandsReachableLaw(def),
  };
}
