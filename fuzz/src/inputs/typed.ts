import fc from 'fast-check';
import { specialNumberArb } from './hostile.js';

/**
 * A value of the declared primitive type that the type system cannot vouch for: for a string
 * parameter any string (edge dates, unknown zones, huge text, an edit of the valid one), for a
 * number any number (NaN, ±Infinity, -0, fractions), for a list of strings a list of those.
 * Plain data; {@link buildTyped} picks by the type of the valid argument.
 */
export interface TypedInput {
  readonly kind: 'typed';
  readonly text: string;
  readonly number: number;
  /** Replace the character at `at` (modulo length) of the valid string with `char`. */
  readonly edit: { readonly use: boolean; readonly at: number; readonly char: string };
}

const edgeStrings = fc.constantFrom(
  '',
  ' ',
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '0000-00-00',
  '9999-99-99',
  '+275760-09-13',
  '-271821-04-20T00:00:00Z',
  '+275760-09-14T00:00:00Z',
  '2024-01-01T25:00:00Z',
  '2024-01-01T00:00:00',
  '2024-01-01T00:00:00+99:99',
  '24:00',
  '25:61',
  '9:5',
  'Mars/Phobos',
  'europe/london',
  'Europe/London ',
  'Etc/GMT+99',
  'yesterday',
  'NaN',
  '\u0000',
  '\uD800',
  '__proto__',
);

export const typedInputArb: fc.Arbitrary<TypedInput> = fc.record({
  kind: fc.constant('typed' as const),
  text: fc.oneof(
    edgeStrings,
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  ),
  number: fc.oneof(specialNumberArb, fc.double(), fc.integer({ min: -1e9, max: 1e9 })),
  edit: fc.record({
    use: fc.boolean(),
    at: fc.nat(),
    char: fc.constantFrom('0', '9', '-', ':', 'T', 'Z', ' ', '/', 'x', '\u0000'),
  }),
});

function editOf(valid: string, t: TypedInput): string {
  if (!t.edit.use || valid.length === 0) return t.text;
  const i = t.edit.at % valid.length;
  return valid.slice(0, i) + t.edit.char + valid.slice(i + 1);
}

/** The typed value for a position whose valid argument is `valid`. */
export function buildTyped(valid: unknown, t: TypedInput): unknown {
  if (typeof valid === 'string') return editOf(valid, t);
  if (typeof valid === 'number') return t.number;
  if (typeof valid === 'boolean') return !valid;
  if (Array.isArray(valid)) {
    return valid.length === 0 ? [t.text] : valid.map((v, i) => (i === 0 ? buildTyped(v, t) : v));
  }
  return valid;
}
