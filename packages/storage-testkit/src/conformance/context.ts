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
  readonly writers: number;
  /** Runs `fn` against a fresh store from the author's factory, disposing it afterwards. */
  withStore(fn: (bed: TestBed) => Promise<void>): () => Promise<void>;
}

/** Builds the suite context from the author's options. */
export function suiteContext(t: TestApi, options: ConformanceOptions): SuiteContext {
  return {
    t,
    options,
    numRuns: options.numRuns ?? 15,
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
