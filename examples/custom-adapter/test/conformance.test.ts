import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, withFaultInjection } from '@livewell/storage/driver';
import { describeAdapterConformance } from '@livewell/storage-testkit';
import { JsonLinesDriver } from '../src/json-lines-driver.js';
import { logFileReader } from './raw-reader.js';

await describeAdapterConformance('JSON-lines file adapter', {
  capabilities: { faultInjection: true, concurrentWriters: false },
  create: async ({ faults }) => {
    const dir = await mkdtemp(join(tmpdir(), 'livewell-jsonl-'));
    const path = join(dir, 'store.jsonl');
    const driver = await JsonLinesDriver.open(path);
    return {
      store: createStore(withFaultInjection(driver, faults)),
      raw: logFileReader(path),
      dispose: async () => {
        await driver.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  },
});
