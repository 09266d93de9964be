import type fc from 'fast-check';
import type { InputDomain } from '../inputs/fuzzed-args.js';
import type { TypedError } from './outcome.js';

/** A public entry point of a livewell package (`index.ts` or a subpath export). */
export type ModuleName =
  | '@livewell/core'
  | '@livewell/core/testing'
  | '@livewell/care-plan'
  | '@livewell/activation'
  | '@livewell/activation/laws'
  | '@livewell/peer-support'
  | '@livewell/peer-support/oruk'
  | '@livewell/storage'
  | '@livewell/storage/driver'
  | '@livewell/storage-testkit'
  | '@livewell/storage-postgres'
  | '@livewell/fhir'
  | '@livewell/worklist'
  | '@livewell/practice';

/** Entry points fuzzed together share one run budget (`FUZZ_RUNS` per family). */
export type Family =
  | 'core-parse'
  | 'core-time'
  | 'care-plan'
  | 'activation'
  | 'oruk'
  | 'search-matching'
  | 'schedule'
  | 'referral'
  | 'programme'
  | 'fhir-import'
  | 'storage'
  | 'worklist'
  | 'practice'
  | 'journey';

/** One call on a fresh piece of state (a seeded memory store, say), observable as plain data. */
export interface Session {
  readonly call: (args: readonly unknown[]) => unknown;
  /** Everything observable about the state; compared before and after a refused call. */
  readonly snapshot: () => Promise<unknown>;
}

interface EntryPointBase {
  readonly module: ModuleName;
  /** The exported name (checked against the module's real exports). */
  readonly name: string;
  /** Distinguishes several fuzzed uses of one export (a method of what it returns, say). */
  readonly variant?: string;
  readonly family: Family;
  /** Well-formed arguments: the base that is mutated, and the positions left alone. */
  readonly valid: fc.Arbitrary<readonly unknown[]>;
  /** Argument positions that carry outside data; one of them is fuzzed per run. */
  readonly outside: readonly number[];
  readonly typedError: TypedError;
  /** `any` (default): anything at all; `typed`: any value of the declared primitive type. */
  readonly domain?: InputDomain;
}

/**
 * One exported function that takes data from outside, and how to fuzz it: `valid` makes a
 * well-formed argument list, the fuzzer replaces or mutates one of the `outside` positions,
 * and `call` runs it (or `session` makes fresh state to run it on). `typedError` says what a
 * refusal looks like.
 */
export type EntryPoint = EntryPointBase &
  (
    | { readonly call: (args: readonly unknown[]) => unknown; readonly session?: never }
    | { readonly session: () => Promise<Session>; readonly call?: never }
  );

/** `module#name` or `module#name:variant`: how reports and lists name an entry point. */
export const entryId = (e: Pick<EntryPoint, 'module' | 'name' | 'variant'>): string =>
  `${e.module}#${e.name}${e.variant ? `:${e.variant}` : ''}`;
