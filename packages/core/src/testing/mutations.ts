import fc from 'fast-check';
import { carePlanLimits } from '../care-plan/limits.js';

/** Where a value sits inside a JSON value: the keys and list indexes from the root. */
export type ValuePath = readonly (string | number)[];

/**
 * One change to a value inside a JSON value, given the old value and its siblings: its
 * replacement, or `remove` to delete its key.
 */
export type ValueMutation = (
  old: unknown,
  siblings: readonly unknown[],
) => { readonly value?: unknown; readonly remove?: true };

/** Every path to a value inside `value`, the root (`[]`) first. */
export function valuePaths(value: unknown, at: ValuePath = []): ValuePath[] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    at,
    ...keys.flatMap((k) => valuePaths((value as Record<string, unknown>)[k], [...at, k])),
  ];
}

/** A deep copy of `value` with `change` made at `where` (the root's change replaces it whole). */
export function mutateAt(value: unknown, where: ValuePath, change: ValueMutation): unknown {
  const copy: unknown = structuredClone(value);
  if (where.length === 0) return change(copy, []).value;
  let parent = copy as Record<string | number, unknown>;
  for (const key of where.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = where.at(-1) as string | number;
  const next = change(parent[last], Object.values(parent));
  if (next.remove) delete parent[last];
  else parent[last] = next.value;
  return copy;
}

const oddStrings = fc.constantFrom(
  ...['', ' ', ' x ', 'x', 'a'.repeat(63), 'a'.repeat(64), 'a'.repeat(200), 'a'.repeat(201)],
  ...['😀', '😀'.repeat(100), '😀'.repeat(101), '\ud800', 'A-b.c:d_e', '-bad', 'UPPER'],
  ...['2026-10-01T09:00:00Z', '2026-10-01T09:00:00.123+01:00', '2026-02-29T09:00:00Z'],
  ...['2024-02-29T09:00:00Z', '2026-10-01', '2026-13-01', '2026-02-29', '2024-02-29'],
  ...['Europe/London', 'Mars/Base', 'plan-invited', 'progress-checked-in', 'person'],
  ...['practitioner', 'nurse', 'text', 'some'],
);

const oddValues = fc.oneof(
  oddStrings,
  fc.constantFrom(undefined, null, true, false, 0, -0, 1, 2, 1.5, -1, Number.NaN, Infinity),
  fc.constantFrom(2 ** 53, 10, 11, 100, [], {}, ['x'], [''], { kind: 'person' }),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double(),
);

/**
 * Changes aimed at a schema's checks: a string or list grown or cut to a length at one of
 * `lengths` or either side of it (livewell's own limits are always among them; strings in UTF-16
 * units or in emoji pairs), a key removed, an odd value, a sibling's value, a list item repeated
 * or a string padded with spaces, a string edited, an unknown key added.
 */
export function valueMutationArb(lengths: readonly number[] = []): fc.Arbitrary<ValueMutation> {
  const limits = [1, 2, 3, 7, 63, 64, 200, 300, ...Object.values(carePlanLimits), ...lengths];
  const boundaries = [...new Set(limits.flatMap((n) => [n - 1, n, n + 1]))];
  return fc.oneof(
    fc.tuple(fc.constantFrom(...boundaries), fc.boolean()).map(
      ([length, pairs]): ValueMutation =>
        (old) => {
          if (Array.isArray(old)) {
            return { value: Array.from({ length }, (_, i) => old[i % Math.max(1, old.length)]) };
          }
          if (typeof old !== 'string') return { value: old };
          const pad = pairs ? '😀' : (old.at(-1) ?? 'a');
          const units = pairs ? length * 2 : length;
          return { value: (old + pad.repeat(units)).slice(0, units) };
        },
    ),
    fc.constant<ValueMutation>(() => ({ remove: true })),
    oddValues.map(
      (value): ValueMutation =>
        () => ({ value }),
    ),
    // A sibling's value: a target equal to its baseline, an end equal to its start, a repeat.
    fc.nat().map(
      (i): ValueMutation =>
        (old, siblings) => ({ value: siblings.length > 0 ? siblings[i % siblings.length] : old }),
    ),
    fc.constant<ValueMutation>((old) =>
      Array.isArray(old)
        ? { value: [...old, ...old.slice(0, 1)] }
        : { value: typeof old === 'string' ? ` ${old} ` : old },
    ),
    fc.tuple(fc.nat(), fc.string({ maxLength: 2, unit: 'binary' })).map(
      ([at, text]): ValueMutation =>
        (old) => {
          if (typeof old !== 'string') return { value: old };
          const i = at % (old.length + 1);
          return { value: old.slice(0, i) + text + old.slice(i + 1) };
        },
    ),
    fc.tuple(fc.string({ maxLength: 8 }), oddValues).map(
      ([key, extra]): ValueMutation =>
        (old) =>
          typeof old === 'object' && old !== null && !Array.isArray(old)
            ? { value: { ...old, [key]: extra } }
            : { value: old },
    ),
  );
}

/**
 * Valid values of `arb` as JSON would hold them, each changed once or twice (the second time at
 * the first change's parent) by {@link valueMutationArb}: for checking that a reader or parser
 * refuses exactly what the schema refuses.
 */
export function mutatedJsonArb(
  arb: fc.Arbitrary<unknown>,
  lengths: readonly number[] = [],
): fc.Arbitrary<unknown> {
  const mutation = valueMutationArb(lengths);
  return arb
    .map((value): unknown => JSON.parse(JSON.stringify(value)))
    .chain((value) =>
      fc.tuple(fc.constant(value), fc.constantFrom(...valuePaths(value)), mutation, mutation),
    )
    .chain(([value, where, change, again]) => {
      const once = mutateAt(value, where, change);
      return fc.constantFrom(once, mutateAt(once, where.slice(0, -1), again));
    });
}
