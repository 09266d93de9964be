import type { FuzzedInput } from './fuzzed-args.js';

const typed = (text: string, number: number): FuzzedInput => ({
  kind: 'typed',
  text,
  number,
  edit: { use: false, at: 0, char: '0' },
});

/**
 * The plainest bad inputs, tried first at every outside position of every entry point (before
 * the random ones), so an unguarded `null` is always found and reported in its simplest form.
 */
export const simpleInputs: readonly FuzzedInput[] = [
  { kind: 'json', value: null },
  { kind: 'anything', value: undefined },
  { kind: 'json', value: {} },
  { kind: 'json', value: [] },
  { kind: 'json', value: '' },
  { kind: 'json', value: 0 },
  { kind: 'json', value: 'x' },
  { kind: 'hostile', hostile: { kind: 'special-number', value: Number.NaN } },
  { kind: 'hostile', hostile: { kind: 'throwing-proxy', target: 'object' } },
  { kind: 'hostile', hostile: { kind: 'revoked-proxy' } },
];

/** The plainest values of the declared primitive types, for `typed` entry points. */
export const simpleTypedInputs: readonly FuzzedInput[] = [
  typed('', Number.NaN),
  typed('Mars/Phobos', Number.POSITIVE_INFINITY),
  typed('2024-02-30', -0),
];
