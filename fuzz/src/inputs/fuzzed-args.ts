import fc from 'fast-check';
import { deepCopy } from './copy.js';
import { buildHostile, type Hostile, hostileArb } from './hostile.js';
import { applyMutation, type Mutation, mutationArb } from './mutate.js';
import { buildTyped, type TypedInput, typedInputArb } from './typed.js';

/** What goes into the fuzzed argument position. */
export type FuzzedInput =
  | { readonly kind: 'valid' }
  | { readonly kind: 'anything'; readonly value: unknown }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'hostile'; readonly hostile: Hostile }
  | { readonly kind: 'mutated'; readonly mutations: readonly Mutation[] }
  | TypedInput;

/** One fuzz case: the valid arguments, which outside position to fuzz, and with what. */
export interface FuzzCase {
  readonly valid: readonly unknown[];
  readonly at: number;
  readonly input: FuzzedInput;
}

const anythingPlain = fc.anything({ maxDepth: 3, maxKeys: 5 });
const anythingExotic = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withNullPrototype: true,
  withSparseArray: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withObjectString: true,
  withUnicodeString: true,
});

/** Inputs for one position: mostly mutated valid values (they get past the first checks). */
export const fuzzedInputArb: fc.Arbitrary<FuzzedInput> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'valid' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('anything' as const), value: anythingPlain }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('anything' as const), value: anythingExotic }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('json' as const),
      value: fc.jsonValue({ maxDepth: 4 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('hostile' as const), hostile: hostileArb }),
  },
  {
    weight: 11,
    arbitrary: fc.record({
      kind: fc.constant('mutated' as const),
      mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
    }),
  },
);

/** For `typed` entry points: values of the declared primitive types, and valid ones. */
export const typedOnlyArb: fc.Arbitrary<FuzzedInput> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'valid' as const }) },
  { weight: 9, arbitrary: typedInputArb },
);

/**
 * What an entry point's outside positions may receive: `any` value at all (the boundary
 * promise), or only `typed` ones — any value of the declared primitive type, for helpers whose
 * parameters are plain strings and numbers.
 */
export type InputDomain = 'any' | 'typed';

/** Fuzz cases for an entry point with these valid arguments and outside positions. */
export function fuzzCaseArb(
  valid: fc.Arbitrary<readonly unknown[]>,
  outside: readonly number[],
  domain: InputDomain = 'any',
): fc.Arbitrary<FuzzCase> {
  const input =
    domain === 'typed'
      ? typedOnlyArb
      : fc.oneof({ weight: 9, arbitrary: fuzzedInputArb }, { weight: 1, arbitrary: typedInputArb });
  return fc.record({ valid, at: fc.constantFrom(...outside), input });
}

const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v.slice(0, 80));
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  return typeof v === 'object' && v !== null ? 'an object' : String(v);
};

/** The built arguments of a case (fresh objects every time) and where the fuzz went. */
export interface BuiltCase {
  readonly args: unknown[];
  readonly where: string;
}

/** Builds the arguments of a fuzz case: a private copy of the valid ones, one position fuzzed. */
export function buildCase(c: FuzzCase): BuiltCase {
  const args = deepCopy([...c.valid]);
  const i = c.at;
  switch (c.input.kind) {
    case 'valid':
      return { args, where: `arg ${i}: valid` };
    case 'anything':
    case 'json':
      args[i] = deepCopy(c.input.value);
      return { args, where: `arg ${i}: replaced (${c.input.kind})` };
    case 'hostile':
      args[i] = buildHostile(c.input.hostile);
      return { args, where: `arg ${i}: hostile ${c.input.hostile.kind}` };
    case 'typed':
      args[i] = buildTyped(args[i], c.input);
      return { args, where: `arg ${i}: typed ${show(args[i])}` };
    case 'mutated': {
      const paths: string[] = [];
      let value = args[i];
      for (const m of c.input.mutations) {
        const out = applyMutation(value, m);
        value = out.root;
        paths.push(`${m.op.op} at ${out.path}`);
      }
      args[i] = value;
      return { args, where: `arg ${i}: ${paths.join('; ')}` };
    }
  }
}
