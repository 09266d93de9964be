import type { Location, Organisation, RecordId, Service } from '@livewell/core';
import type { OrukImport, OrukSyncStore } from '@livewell/peer-support/oruk';
import type { TenantStore } from '@livewell/storage';

/** Creates or replaces a directory record in a storage repository. */
async function upsert<T extends { readonly id: string }>(
  repo: {
    find(id: T['id']): Promise<{ readonly version: number } | undefined>;
    create(record: T): Promise<unknown>;
    save(record: T, expectedVersion: number): Promise<unknown>;
  },
  record: T,
): Promise<void> {
  const found = await repo.find(record.id);
  if (found) await repo.save(record, found.version);
  else await repo.create(record);
}

/**
 * The sync client's store over a livewell storage tenant: a service read from the feed is
 * created or replaced (with its organisation and locations); a withdrawn one is kept but
 * marked `inactive`, so referrals that point at it still resolve.
 */
export function storageSyncStore(store: TenantStore): OrukSyncStore {
  return {
    async put(imported: OrukImport) {
      if (imported.organisation)
        await upsert<Organisation>(store.organisations, imported.organisation);
      for (const l of imported.locations) await upsert<Location>(store.locations, l);
      await upsert<Service>(store.services, imported.service);
    },
    async withdraw(serviceId: string) {
      const found = await store.services.find(serviceId as RecordId);
      if (found && found.record.status !== 'inactive')
        await store.services.save({ ...found.record, status: 'inactive' }, found.version);
    },
  };
}
