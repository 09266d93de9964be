import type { RecordId, SessionPlaces } from '@livewell/core';
import type { PageRequest } from '../port/pagination.js';
import type { RecordKind } from '../port/records.js';
import type { SessionPlacesRepository } from '../port/store.js';
import { readPage } from './paging.js';
import { readVersioned } from './read-row.js';
import type { Scope } from './scope.js';
import { versionedRepository } from './versioned-repository.js';

/**
 * Builds the capacity ledger's repository: versioned session records (so concurrent bookings
 * conflict and retry rather than overbook), listed by service through the parent index.
 */
export function sessionPlacesRepository(
  kind: RecordKind<SessionPlaces>,
  scope: Scope,
): SessionPlacesRepository {
  const { find, get, create, save, update, list } = versionedRepository(kind, scope);
  return {
    find,
    get,
    create,
    save,
    update,
    list,
    listByService: (serviceId: RecordId, page?: PageRequest) =>
      readPage(scope, { collection: kind.name, order: 'id', parentId: serviceId }, page, (row) =>
        readVersioned(kind, scope, row),
      ),
  };
}
