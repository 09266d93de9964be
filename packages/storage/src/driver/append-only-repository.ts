import type { PersonId } from '@livewell/core';
import { NotFoundError } from '../port/errors.js';
import type { PageRequest } from '../port/pagination.js';
import type { RecordKind, StoredRecord } from '../port/records.js';
import type { AppendOnlyRepository } from '../port/repositories.js';
import { fromRow, toRow } from './codec.js';
import type { DriverRow } from './driver.js';
import { readPage } from './paging.js';
import type { Scope } from './scope.js';

/** Builds an append-only repository (assessments, audit) for `kind` over a driver scope. */
export function appendOnlyRepository<T extends StoredRecord>(
  kind: RecordKind<T>,
  scope: Scope,
): AppendOnlyRepository<T> {
  const collection = kind.name;
  const decode = (row: DriverRow): T => fromRow(kind, scope.tenantId, row).record;

  const find = (id: string): Promise<T | undefined> =>
    scope.run('read', async (session) => {
      const row = await session.get(collection, id);
      return row === undefined ? undefined : decode(row);
    });

  return {
    find,
    get: async (id) => {
      const found = await find(id);
      if (found === undefined) {
        throw new NotFoundError(`No ${collection} ${id} in this tenant.`, { kind: collection, id });
      }
      return found;
    },
    append: async (record) => {
      const row = toRow(kind, scope.tenantId, record);
      await scope.run('write', (session) => session.insert(collection, row));
      return row.doc;
    },
    list: (page?: PageRequest) => readPage(scope, { collection, order: 'seq' }, page, decode),
    listByPerson: (personId: PersonId, page?: PageRequest) =>
      readPage(scope, { collection, order: 'seq', personId }, page, decode),
  };
}
