// Test support (not exported by the package): generated instruments richer than core's
// `instrumentDefinitionArb`, and response lists that mix valid, invalid and hostile entries.
import type { FlagRule, InstrumentDefinition, Subscale } from '@livewell/core';
import { instrumentDefinitionArb } from '@livewell/core/testing';
import fc from 'fast-check';

const missingRuleArb = (n: number) =>
  fc.oneof(
    fc.constant({ kind: 'all-required' as const }),
    fc.record({
      kind: fc.constant('min-answered' as const),
      minAnswered: fc.integer({ min: 1, max: n }),
      prorate: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('max-missing' as const),
      maxMissing: fc.integer({ min: 0, max: n - 1 }),
      prorate: fc.boolean(),
    }),
  );

/**
 * Valid definitions with subscales, an unscored item, item flags at any reachable threshold,
 * total flags, unanswered-item flags and scales with gaps between options, on top of every
 * scoring rule and missing-data rule core's generator gives.
 */
export const richInstrumentArb: fc.Arbitrary<InstrumentDefinition> = instrumentDefinitionArb.chain(
  (def) => {
    const ids = def.items.map((i) => i.id);
    const options = def.scales[0]?.options ?? [];
    const values = options.map((o) => o.value);
    const subscaleArb = fc
      .record({
        itemIds: fc.shuffledSubarray(ids, { minLength: 1 }),
        method: fc.constantFrom('sum' as const, 'mean' as const),
        decimals: fc.integer({ min: 0, max: 2 }),
      })
      .chain((s) =>
        missingRuleArb(s.itemIds.length).map(
          (missing): Omit<Subscale, 'id' | 'label'> => ({ ...s, missing }),
        ),
      );
    const flagArb = fc.oneof(
      fc.record({
        source: fc.constant('item' as const),
        itemId: fc.constantFrom(...ids, 'extra'),
        atLeast: fc.constantFrom(...values),
      }),
      fc.record({ source: fc.constant('unanswered' as const), itemId: fc.constantFrom(...ids) }),
      fc.record({
        source: fc.constant('total' as const),
        atLeast: fc.constantFrom(
          def.scoring.range.min,
          def.scoring.range.max,
          (def.scoring.range.min + def.scoring.range.max) / 2,
        ),
      }),
    );
    return fc
      .record({
        subscales: fc.array(subscaleArb, { maxLength: 3 }),
        flags: fc.array(flagArb, { maxLength: 12 }),
        severities: fc.array(
          fc.constantFrom('urgent' as const, 'review' as const, 'info' as const),
          {
            minLength: 12,
            maxLength: 12,
          },
        ),
        unscoredExtra: fc.boolean(),
        // Drop an inner option of the scale (the range is unchanged: lowest and highest stay).
        gap: fc.boolean(),
      })
      .map(({ subscales, flags, severities, unscoredExtra, gap }): InstrumentDefinition => {
        const scaleOptions =
          gap && options.length > 2 ? options.filter((_, i) => i !== 1) : options;
        const items = unscoredExtra
          ? [
              ...def.items,
              { id: 'extra', label: 'Extra', scaleId: 'scale', reverse: false, scored: false },
            ]
          : def.items;
        const flagRules: FlagRule[] = flags
          .filter((when) => when.source === 'total' || items.some((i) => i.id === when.itemId))
          .map((when, i) => ({
            code: `flag-${i}`,
            severity: severities[i] ?? 'info',
            message: `Generated flag ${i}`,
            when,
          }));
        // A lookup table needs a row for every raw sum; a gap leaves them all reachable in range.
        return {
          ...def,
          scales: [{ id: 'scale', options: scaleOptions }],
          items,
          subscales: subscales.map((s, i) => ({ ...s, id: `sub-${i}`, label: `Subscale ${i}` })),
          flags: flagRules,
        };
      });
  },
);

/** Response lists for a definition: valid and invalid values, nulls, repeats, unknown ids, junk. */
export const responsesFor = (def: InstrumentDefinition): fc.Arbitrary<unknown> => {
  const ids = def.items.map((i) => i.id);
  const values = def.scales.flatMap((s) => s.options.map((o) => o.value));
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const entry = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({ itemId: fc.constantFrom(...ids), value: fc.constantFrom(...values) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ itemId: fc.constantFrom(...ids), value: fc.constant(null) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        itemId: fc.constantFrom(...ids),
        value: fc.integer({ min: lo - 2, max: hi + 2 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        itemId: fc.constantFrom(...ids),
        value: fc.oneof(
          fc.double(),
          fc.constant('1'),
          fc.constant(Number.NaN),
          fc.constant(Infinity),
        ),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        itemId: fc.oneof(fc.string(), fc.constant('toString')),
        value: fc.constantFrom(...values),
      }),
    },
    { weight: 1, arbitrary: fc.anything() },
  );
  const complete = fc.tuple(
    ...ids.map((itemId) => fc.constantFrom(...values).map((value) => ({ itemId, value }))),
  );
  const list = fc.oneof(
    fc.array(entry, { maxLength: ids.length + 3 }),
    complete.chain((rs) => fc.shuffledSubarray(rs, { minLength: 0 })),
    complete,
  );
  return fc.oneof(
    { weight: 6, arbitrary: list },
    {
      weight: 1,
      arbitrary: fc.record({
        instrumentId: fc.constantFrom(def.id, 'other-instrument'),
        responses: list,
      }),
    },
    { weight: 1, arbitrary: fc.anything() },
  );
};
