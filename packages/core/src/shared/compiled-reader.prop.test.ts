import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { carePlanLimits } from '../care-plan/limits.js';
import { schemaCatalogue } from '../catalogue.js';
import { makeParser, type Parser } from '../parse.js';
import { catalogueArbitraries, mutatedArb } from '../testing/index.js';
import { compileReader, type SchemaReader, undecided } from './compiled-reader.js';

type Path = readonly (string | number)[];

/** Every path to a value inside `value` (the root is `[]`). */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => pathsOf((value as Record<string, unknown>)[k], [...at, k]))];
}

type Mutation = (old: unknown, siblings: readonly unknown[]) => { value?: unknown; remove?: true };

/** Changes the value at `where` in a deep copy of `value` (or removes its key). */
function mutate(value: unknown, where: Path, change: Mutation): unknown {
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

const oddValues = fc.oneof(
  fc.constantFrom('', ' ', ' x ', 'x', 'a'.repeat(64), 'a'.repeat(201), '😀', '\ud800', '-bad'),
  fc.constantFrom('2026-10-01T09:00:00Z', '2026-02-29', '2024-02-29', 'Europe/London', 'Mars/Base'),
  fc.constantFrom(undefined, null, true, false, 0, -0, 1, 2, 1.5, -1, Number.NaN, Infinity),
  fc.constantFrom(2 ** 53, 10, 100, [], {}, ['x'], [''], { kind: 'person' }),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double(),
);

/** Every length a check here is about, and one either side of it (for strings and lists). */
const boundaries = [
  ...new Set(
    [1, 2, 3, 7, 63, 64, 200, 300, ...Object.values(carePlanLimits)].flatMap((n) => [
      n - 1,
      n,
      n + 1,
    ]),
  ),
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // A string or list grown or cut to a length at a limit (in UTF-16 units or in emoji pairs).
  fc.tuple(fc.constantFrom(...boundaries), fc.boolean()).map(
    ([length, pairs]): Mutation =>
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
  fc.constant<Mutation>(() => ({ remove: true })),
  oddValues.map(
    (value): Mutation =>
      () => ({ value }),
  ),
  // A sibling's value (a target equal to its baseline, an end equal to its start, a repeat).
  fc.nat().map(
    (i): Mutation =>
      (old, siblings) => ({ value: siblings.length > 0 ? siblings[i % siblings.length] : old }),
  ),
  // A list with one of its items repeated; a string with spaces around it.
  fc.constant<Mutation>((old) =>
    Array.isArray(old)
      ? { value: [...old, ...old.slice(0, 1)] }
      : { value: typeof old === 'string' ? ` ${old} ` : old },
  ),
  fc.tuple(fc.nat(), fc.string({ maxLength: 2, unit: 'binary' })).map(
    ([at, text]): Mutation =>
      (old) => {
        if (typeof old !== 'string') return { value: old };
        const i = at % (old.length + 1);
        return { value: old.slice(0, i) + text + old.slice(i + 1) };
      },
  ),
  fc.tuple(fc.string({ maxLength: 8 }), oddValues).map(
    ([key, extra]): Mutation =>
      (old) =>
        typeof old === 'object' && old !== null && !Array.isArray(old)
          ? { value: { ...old, [key]: extra } }
          : { value: old },
  ),
);

/** Valid values of `arb`, each mutated once or twice at random paths, as JSON would hold them. */
const mutated = (arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  arb
    .map((value): unknown => JSON.parse(JSON.stringify(value)))
    .chain((value) =>
      fc.tuple(fc.constant(value), fc.constantFrom(...pathsOf(value)), mutation, mutation),
    )
    .chain(([value, where, change, again]) => {
      const once = mutate(value, where, change);
      return fc.constantFrom(once, mutate(once, where.slice(0, -1), again));
    });

/** A reader agrees with a parser: it accepts only what the parser accepts, with its output. */
function agreement(reader: SchemaReader, parse: Parser<unknown>, input: unknown): string | true {
  let read: unknown;
  try {
    read = reader(input);
  } catch {
    return true; // a getter or proxy trap threw: left to zod (see withCompiledReader)
  }
  if (read === undecided) return true;
  const parsed = parse(input);
  if (!parsed.ok) return `accepted what zod refuses: ${parsed.error.message}`;
  try {
    expect(read).toStrictEqual(parsed.value);
  } catch {
    return 'read another value than zod';
  }
  // Same keys in the same order, all the way down.
  if (JSON.stringify(read) !== JSON.stringify(parsed.value)) return 'keys in another order';
  if (typeof input === 'object' && input !== null && read === input) return 'returned the input';
  return true;
}

const entries = Object.entries(schemaCatalogue).map(([name, schema]) => {
  const arb = catalogueArbitraries[name as keyof typeof catalogueArbitraries];
  if (!arb) throw new Error(`no arbitrary for ${name}`);
  return {
    name,
    schema,
    arb,
    parse: makeParser(name, schema),
    compiled: compileReader(schema),
    closures: compileReader(schema, { compile: false }),
  };
});

function byName(name: string) {
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new Error(name);
  return entry;
}

/** The kinds the store writes most: nearly every valid one must be decided by the reader. */
const mostlyDecided = new Set(['CarePlan', 'CarePlanEvent', 'Referral', 'ReferralEvent', 'Task']);

describe('readers compiled from every catalogue schema accept exactly what zod accepts', () => {
  describe.each(entries)('$name', ({ name, arb, parse, compiled, closures }) => {
    it('valid values: the same output as zod (and decided, for the kinds stored most)', () => {
      let decided = 0;
      let runs = 0;
      fc.assert(
        fc.property(arb, (value) => {
          const input: unknown = JSON.parse(JSON.stringify(value));
          runs++;
          if (compiled(input) !== undecided) decided++;
          expect(closures(input)).toStrictEqual(compiled(input));
          expect(agreement(compiled, parse, input)).toBe(true);
          expect(parse(input).ok).toBe(true);
        }),
        { numRuns: 40 },
      );
      if (mostlyDecided.has(name)) expect(decided / runs).toBeGreaterThan(0.9);
    });

    it('mutated values: never accepts what zod refuses, never answers otherwise', () => {
      fc.assert(
        fc.property(mutated(arb), (input) => {
          expect(closures(input)).toStrictEqual(compiled(input));
          expect(agreement(compiled, parse, input)).toBe(true);
        }),
        { numRuns: 150 },
      );
    });

    it('hostile values (throwing getters, proxies, cycles, null prototypes) inside valid ones', () => {
      fc.assert(
        fc.property(mutatedArb(arb), (input) => {
          expect(agreement(compiled, parse, input)).toBe(true);
          expect(agreement(closures, parse, input)).toBe(true);
        }),
        { numRuns: 150 },
      );
    });
  });
});

describe('the mutations find a reader that skips a rule (planted bugs are caught)', () => {
  /** Whether the mutated-value property finds a disagreement between `reader` and `parse`. */
  function caught(reader: SchemaReader, parse: Parser<unknown>, arb: fc.Arbitrary<unknown>) {
    const run = fc.check(
      fc.property(mutated(arb), (input) => agreement(reader, parse, input) === true),
      { numRuns: 2000, seed: 18 },
    );
    return run.failed;
  }
  it('a care plan reader without the measured goal refinement (baseline ≠ target)', () => {
    const { arb, parse, schema } = byName('CarePlan');
    // Rebuild the schema with every object's refinements dropped, sharing everything else.
    const strip = (node: z.core.$ZodType): z.core.$ZodType => {
      const def = node._zod.def;
      if (def.type === 'object') {
        const shape = (def as z.core.$ZodObjectDef).shape;
        return z.object(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, strip(v)])));
      }
      if (def.type === 'optional')
        return z.optional(strip((def as z.core.$ZodOptionalDef).innerType));
      if (def.type === 'array') {
        const array = def as z.core.$ZodArrayDef;
        const checks = (array.checks ?? []) as z.core.$ZodCheck<unknown[]>[];
        return z.array(strip(array.element)).check(...checks);
      }
      return node;
    };
    expect(caught(compileReader(strip(schema)), parse, arb)).toBe(true);
    expect(caught(compileReader(schema), parse, arb)).toBe(false);
  });

  it('a task reader that does not trim the title', () => {
    const { arb, parse, schema } = byName('Task');
    const def = schema._zod.def as z.core.$ZodObjectDef;
    const untrimmed = z.object({
      ...def.shape,
      title: z.string().check(z.minLength(1), z.maxLength(300)),
    });
    expect(caught(compileReader(untrimmed), parse, arb)).toBe(true);
    expect(caught(compileReader(schema), parse, arb)).toBe(false);
  });
});
