import { createStore, MemoryDriver, withFaultInjection } from '@livewell/storage/driver';
import { describeAdapterConformance, memoryRawReader } from '../src/index.js';

await describeAdapterConformance('in-memory reference adapter', {
  capabilities: { faultInjection: true, concurrentWriters: false },
  create: async ({ faults }) => {
    const driver = new MemoryDriver();
    return {
      store: createStore(withFaultInjection(driver, faults)),
      raw: memoryRawReader(driver),
      dispose: () => driver.close(),
    };
  },
});
