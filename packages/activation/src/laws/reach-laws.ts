import type { InstrumentDefinition, ItemResponse } from '@livewell/core';
import type * as FastCheck from 'fast-check';
import type { CompiledInstrument } from '../engine/compile.js';
import { roundTo, stepOf } from '../engine/rounding.js';
import { fastCheck } from './fast-check.js';
import { completeResponsesArb, optionValues } from './responses.js';

/** Thrown by a reachability law with what could not be reached. */
export class Unreachable extends Error {
  readonly code = 'instrument-law-broken';
}

/**
 * `flagsReachable`: every flag rule can fire. From any complete response set, pushing the rule's
 * item to its highest option (item rules), leaving it unanswered (unanswered-item rules), or
 * every item to the option that scores highest (total rules) must raise the flag.
 */
export function flagsReachableLaw(
  def: InstrumentDefinition,
  scorer: CompiledInstrument,
): FastCheck.IRawProperty<unknown, false> {
  const fc = fastCheck();
  const values = optionValues(def);
  const highest = (id: string) => Math.max(...(values.get(id) ?? [0]));
  const lowest = (id: string) => Math.min(...(values.get(id) ?? [0]));
  const rules = def.flags.map((_, r) => r);
  return fc.property(completeResponsesArb(def), fc.constantFrom(-1, ...rules), (rs, r) => {
    const rule = def.flags[r];
    if (!rule) return;
    const when = rule.when;
    const pushed: ItemResponse[] = rs.map((x) => {
      if (when.source === 'total') {
        const reverse = def.items.find((i) => i.id === x.itemId)?.reverse === true;
        return { itemId: x.itemId, value: reverse ? lowest(x.itemId) : highest(x.itemId) };
      }
      if (x.itemId !== when.itemId) return x;
      return { itemId: x.itemId, value: when.source === 'item' ? highest(x.itemId) : null };
    });
    const result = scorer.score(pushed);
    const flags = result.ok ? result.value.flags : result.error.flags;
    if (!flags.some((f) => f.code === rule.code)) {
      throw new Unreachable(`flag ${rule.code} cannot be raised (rule ${JSON.stringify(when)})`);
    }
  });
}

/** `bandsReachable`: every band holds at least one score the instrument can report. */
export function bandsReachableLaw(
  def: InstrumentDefinition,
): FastCheck.IRawProperty<unknown, false> {
  const fc = fastCheck();
  const { range, decimals } = def.scoring;
  const step = stepOf(decimals);
  return fc.property(fc.constantFrom(-1, ...def.bands.map((_, b) => b)), (b) => {
    const band = def.bands[b];
    if (!band) return;
    const from = Math.max(band.min, range.min);
    const to = Math.min(band.max, range.max);
    const first = roundTo(Math.ceil(roundTo(from / step, 6)) * step, decimals);
    if (first > to + 1e-9) {
      throw new Unreachable(
        `band ${band.code} (${band.min}–${band.max}) holds no reportable score`,
      );
    }
  });
}
