import type { InstrumentDefinition, ItemResponse } from '@livewell/core';
import fc from 'fast-check';

/**
 * Random response sets for a definition: each item answered with one of its options, left
 * unanswered (`null`), left out, or answered out of range — so scored and unscorable outcomes
 * (and every flag) are reached.
 */
export function responsesArb(definition: InstrumentDefinition): fc.Arbitrary<ItemResponse[]> {
  const perItem = definition.items.map((item) => {
    const values = definition.scales
      .find((s) => s.id === item.scaleId)
      ?.options.map((o) => o.value) ?? [0];
    const answer = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...values).map((value): number | null => value) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constant(Math.max(...values) + 5) },
    );
    return fc.option(
      answer.map((value): ItemResponse => ({ itemId: item.id, value })),
      { freq: 10, nil: undefined },
    );
  });
  return fc.tuple(...perItem).map((list) => list.filter((r): r is ItemResponse => r !== undefined));
}
