import type fc from 'fast-check';
import type { InputDomain } from '../inputs/fuzzed-args.js';
import type { EntryPoint, Family, ModuleName, Session } from './entry.js';
import type { TypedError } from './outcome.js';

/** The parts of an entry point that differ from its neighbours in a catalogue file. */
export interface EntrySpec {
  readonly name: string;
  readonly variant?: string;
  readonly valid: fc.Arbitrary<readonly unknown[]>;
  /** Defaults to `[0]`: the first argument carries the outside data. */
  readonly outside?: readonly number[];
  readonly typedError?: TypedError;
  readonly family?: Family;
  readonly domain?: InputDomain;
}

/** Makes catalogue entries for one module and family with a default typed error. */
export function entriesOf(module: ModuleName, family: Family, typedError: TypedError) {
  const base = (spec: EntrySpec) => ({
    module,
    name: spec.name,
    ...(spec.variant ? { variant: spec.variant } : {}),
    family: spec.family ?? family,
    valid: spec.valid,
    outside: spec.outside ?? [0],
    typedError: spec.typedError ?? typedError,
    ...(spec.domain ? { domain: spec.domain } : {}),
  });
  return {
    /** A stateless entry point: `call` gets the (fuzzed) argument list. */
    call: (spec: EntrySpec, call: (args: readonly unknown[]) => unknown): EntryPoint => ({
      ...base(spec),
      call,
    }),
    /** A stateful entry point: each run gets a fresh session. */
    session: (spec: EntrySpec, session: () => Promise<Session>): EntryPoint => ({
      ...base(spec),
      session,
    }),
  };
}

/** Spreads an argument list into a function (the cast is the point of a fuzzer). */
export const spread =
  (fn: (...args: never[]) => unknown) =>
  (args: readonly unknown[]): unknown =>
    (fn as (...a: readonly unknown[]) => unknown)(...args);
