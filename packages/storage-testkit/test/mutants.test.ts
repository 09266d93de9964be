import {
  createStore,
  MemoryDriver,
  type StorageDriver,
  withFaultInjection,
} from '@livewell/storage/driver';
import { describe, expect, it } from 'vitest';
import type { TestApi } from '../src/conformance/context.js';
import { defineAdapterConformance } from '../src/describe.js';
import { memoryRawReader } from '../src/memory-raw-reader.js';
import {
  ignoresFilters,
  noRollback,
  noVersionCheck,
  prefixTenancy,
  reversedLists,
  truncatingText,
} from './mutants.js';

interface Collected {
  readonly name: string;
  readonly fn: () => unknown;
}

/** Runs the whole suite against an adapter with a tiny in-process runner; returns failing test names. */
async function failures(
  make: (driver: MemoryDriver) => StorageDriver,
  opts: { wireFaults?: boolean; rawFrom?: 'same' | 'other'; seed?: number } = {},
  messages: string[] = [],
): Promise<string[]> {
  const tests: Collected[] = [];
  const path: string[] = [];
  const itFn = (name: string, fn: () => unknown) => {
    tests.push({ name: [...path, name].join(' > '), fn });
  };
  const api = {
    describe: (name: string, fn: () => void) => {
      path.push(name);
      fn();
      path.pop();
    },
    it: Object.assign(itFn, { skip: () => {} }),
    expect,
  } as unknown as TestApi;
  defineAdapterConformance(api, 'mutant', {
    capabilities: { faultInjection: true },
    numRuns: 4,
    ...(opts.seed === undefined ? {} : { seed: opts.seed }),
    create: async ({ faults }) => {
      const driver = new MemoryDriver();
      const adapted = make(driver);
      const store = createStore(
        opts.wireFaults === false ? adapted : withFaultInjection(adapted, faults),
      );
      const raw = memoryRawReader(opts.rawFrom === 'other' ? new MemoryDriver() : driver);
      return { store, raw };
    },
  });
  const failed: string[] = [];
  for (const test of tests) {
    try {
      await test.fn();
    } catch (error) {
      failed.push(test.name);
      messages.push(error instanceof Error ? error.message : String(error));
    }
  }
  return failed;
}

const some = (failed: string[], part: string) => failed.filter((name) => name.includes(part));

describe('the conformance suite fails broken adapters', () => {
  it('the unbroken reference passes everything', async () => {
    expect(await failures((d) => d)).toEqual([]);
  });

  it('catches lost updates (no version check)', async () => {
    const failed = await failures(noVersionCheck);
    expect(some(failed, 'versions and errors').length).toBeGreaterThan(0);
    expect(some(failed, 'contended writes').length).toBeGreaterThan(0);
  });

  it('catches partial writes (no transaction)', async () => {
    expect(some(await failures(noRollback), 'atomicity').length).toBeGreaterThan(0);
  });

  it('catches an adapter that never calls the fault hook', async () => {
    const failed = await failures((d) => d, { wireFaults: false });
    expect(some(failed, 'atomicity').length).toBe(4);
  });

  it('catches prefix-colliding tenants, printing the seed that replays the failure', async () => {
    const messages: string[] = [];
    const failed = await failures(prefixTenancy, { seed: 424242 }, messages);
    expect(some(failed, 'tenancy isolation').length).toBeGreaterThan(0);
    expect(messages.some((m) => m.startsWith('conformance seed: 424242'))).toBe(true);
  });

  it('catches wrong ordering', async () => {
    expect(some(await failures(reversedLists), 'ordering and pagination').length).toBeGreaterThan(
      0,
    );
  });

  it('catches listings that ignore their person or programme filter', async () => {
    expect(some(await failures(ignoresFilters), 'indexed listings').length).toBeGreaterThan(0);
  });

  it('catches truncated text', async () => {
    expect(some(await failures(truncatingText), 'hostile strings').length).toBeGreaterThan(0);
  });

  it('catches writes that never reach storage (raw readers disagree)', async () => {
    const failed = await failures((d) => d, { rawFrom: 'other' });
    expect(some(failed, 'round-trips').length).toBe(15);
  });
});
