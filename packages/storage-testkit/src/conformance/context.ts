import type { TenantId } from '@livewell/core';
import type { TenantStore } from '@livewell/storage';
import { FaultSwitch } from '../fault-switch.js';
import type { AdapterHarness, ConformanceOptions } from '../harness.js';

/** The parts of vitest the suite uses (imported lazily, so the package loads without vitest). */
export type TestApi = Pick<typeof import('vitest'), 'describe' | 'it' | 'expect'>;

/** A fresh harness for one test, its fault switch, and a tenant handle helper. */
export interface TestBed extends AdapterHarness {
  readonly faults: FaultSwitch;
  tenant(tenantId: string): TenantStore;
}

/** What every suite file receives. */
export interface SuiteContext {
  readonly t: TestApi;
  readonly options: ConformanceOptions;
  readonly numRuns: number;
  /** The seed every property test runs with (the author's, or a fresh one). */
  readonly seed: number;
  /**
   * fast-check's parameters for a property test with the suite's seed, and a wrapper that
   * prefixes a failure with the seed, so it can be replayed with `seed`.
   */
  property(runs?: number): { readonly seed: number; readonly numRuns: number };
  withSeed<T>(check: () => Promise<T>): Promise<T>;
  readonly writers: number;
  /** Runs `fn` against a fresh store from the author's factory, disposing it afterwards. */
  withStore(fn: (bed: TestBed) => Promise<void>): () => Promise<void>;
}

/** Builds the suite context from the author's options. */
export function suiteContext(t: TestApi, options: ConformanceOptions): SuiteContext {
  const numRuns = options.numRuns ?? 15;
  const seed = options.seed ?? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  return {
    t,
    options,
    numRuns,
    seed,
    property: (runs = numRuns) => ({ seed, numRuns: runs }),
    withSeed: async (check) => {
      try {
        return await check();
      } catch (error) {
        if (error instanceof Error) {
          error.message = `conformance seed: ${seed} (replay with the suite option seed: ${seed})\n${error.message}`;
        }
        throw error;
      }
    },
    writers: options.writers ?? 8,
    withStore: (fn) => async () => {
      const faults = new FaultSwitch();
      const harness = await options.create({ faults });
      try {
        await fn({
          ...harness,
          faults,
          tenant: (tenantId) => harness.store.forTenant(tenantId as TenantId),
        });
      } finally {
        faults.disarm();
        await harness.dispose?.();
      }
    },
  };
}

/** Counts fresh-tenant names within one store, so property runs never see each other's data. */
export function tenantNamer(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
