import type { InstrumentDefinition, ItemResponse, MissingDataRule } from '@livewell/core';
import type * as FastCheck from 'fast-check';
import { fastCheck } from './fast-check.js';

/** The coded values each item may take, by item id, in definition order. */
export function optionValues(def: InstrumentDefinition): Map<string, number[]> {
  const scales = new Map(
    def.scales.map((s) => [s.id, s.options.map((o) => o.value).sort((a, b) => a - b)]),
  );
  return new Map(def.items.map((item) => [item.id, scales.get(item.scaleId) ?? []]));
}

/** A complete, valid response set: every item answered with one of its options. */
export function completeResponsesArb(
  def: InstrumentDefinition,
): FastCheck.Arbitrary<ItemResponse[]> {
  const fc = fastCheck();
  const values = optionValues(def);
  return fc.tuple(
    ...def.items.map((item) =>
      fc
        .constantFrom(...(values.get(item.id) ?? [0]))
        .map((value): ItemResponse => ({ itemId: item.id, value })),
    ),
  );
}

/** A valid response set where any item may be unanswered (`null`) or left out. */
export function partialResponsesArb(
  def: InstrumentDefinition,
): FastCheck.Arbitrary<ItemResponse[]> {
  const fc = fastCheck();
  const values = optionValues(def);
  return fc
    .tuple(
      ...def.items.map((item) =>
        fc.oneof(
          fc
            .constantFrom(...(values.get(item.id) ?? [0]))
            .map((value): ItemResponse | undefined => ({ itemId: item.id, value })),
          fc.constant<ItemResponse | undefined>({ itemId: item.id, value: null }),
          fc.constant<ItemResponse | undefined>(undefined),
        ),
      ),
    )
    .map((rs) => rs.filter((r): r is ItemResponse => r !== undefined));
}

/** The fewest scored items a missing-data rule accepts, out of `count`. */
export function fewestAnswered(rule: MissingDataRule, count: number): number {
  switch (rule.kind) {
    case 'all-required':
      return count;
    case 'min-answered':
      return rule.minAnswered;
    case 'max-missing':
      return count - rule.maxMissing;
  }
}
