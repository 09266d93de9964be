import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { schemaCatalogue } from '../catalogue.js';
import { makeParser, type Parser } from '../parse.js';
import { catalogueArbitraries, mutatedArb, mutatedJsonArb } from '../testing/index.js';
import { compileReader, type SchemaReader, undecided } from './compiled-reader.js';

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
        fc.property(mutatedJsonArb(arb), (input) => {
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
      fc.property(mutatedJsonArb(arb), (input) => agreement(reader, parse, input) === true),
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
