import { type CreateStoreOptions, createStore } from '../driver/create-store.js';
import type { Store } from '../port/store.js';
import { MemoryDriver } from './memory-driver.js';

/**
 * The in-memory reference adapter: the whole port over a {@link MemoryDriver}. For tests,
 * simulations and as the model other adapters are checked against. `options` are
 * `createStore`'s (upcasting `readers`, `retry` defaults).
 *
 * @example
 * const store = createMemoryStore();
 * await store.forTenant(tenantId).people.create(person);
 */
export function createMemoryStore(
  driver: MemoryDriver = new MemoryDriver(),
  options: CreateStoreOptions = {},
): Store {
  return createStore(driver, options);
}
