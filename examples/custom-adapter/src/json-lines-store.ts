import type { CreateStoreOptions, Store } from '@livewell/storage';
import { createStore } from '@livewell/storage/driver';
import { JsonLinesDriver } from './json-lines-driver.js';

/**
 * A livewell store kept in one append-only JSON-lines file. `options.readers` upcast older
 * stored schema versions on read.
 *
 * @example
 * const store = await openJsonLinesStore('./livewell.jsonl');
 * await store.forTenant(tenantId).people.create(person);
 */
export async function openJsonLinesStore(
  path: string,
  options: CreateStoreOptions = {},
): Promise<Store> {
  return createStore(await JsonLinesDriver.open(path), options);
}
