import type { PersonId, Result } from '@livewell/core';
import { NotFoundError } from '../port/errors.js';
import type { ChangeBatch, ChangeCursor, Page, PageRequest } from '../port/pagination.js';
import type { RecordKind, StoredRecord, Versioned } from '../port/records.js';
import type {
  DirectoryRepository,
  EnrolmentRepository,
  UpdateFn,
  UpdateOptions,
} from '../port/repositories.js';
import { toRow, written } from './codec.js';
import { decodeChangeCursor, encodeChangeCursor, pageSize } from './cursor.js';
import { decodeEach } from './decode-each.js';
import type { DriverRow } from './driver.js';
import { readPage } from './paging.js';
import { readChanges } from './read-changes.js';
import { readVersioned } from './read-row.js';
import { retryArguments, updateWithRetry } from './retry.js';
import { assertSameRecord } from './same-record.js';
import type { Scope } from './scope.js';

/** Every method a versioned collection can offer; the store exposes the subset each kind needs. */
export type FullVersionedRepository<T extends StoredRecord> = DirectoryRepository<T> &
  EnrolmentRepository<T>;

/** Builds a versioned repository for `kind` over a driver scope. */
export function versionedRepository<T extends StoredRecord>(
  kind: RecordKind<T>,
  scope: Scope,
): FullVersionedRepository<T> {
  const collection = kind.name;
  const decode = (row: DriverRow) => readVersioned(kind, scope, row);

  const find = (id: string): Promise<Versioned<T> | undefined> =>
    scope.run('read', async (session) => {
      const row = await session.get(collection, id);
      return row === undefined ? undefined : decode(row);
    });

  const get = async (id: string): Promise<Versioned<T>> => {
    const found = await find(id);
    if (found === undefined) {
      throw new NotFoundError(`No ${collection} ${id} in this tenant.`, { kind: collection, id });
    }
    return found;
  };

  const save = async (record: T, expectedVersion: number): Promise<Versioned<T>> => {
    const row = toRow(kind, scope.tenantId, record);
    scope.newer.check(scope.tenantId, collection, row.id, expectedVersion);
    return scope.run('write', async (session) =>
      written(row, await session.replace(collection, row, expectedVersion)),
    );
  };

  return {
    find,
    get,
    save,
    create: async (record) => {
      const row = toRow(kind, scope.tenantId, record);
      return scope.run('write', async (session) =>
        written(row, await session.insert(collection, row)),
      );
    },
    update: <R>(id: T['id'], fn: UpdateFn<T, R>, options?: UpdateOptions) =>
      updateWithRetry<T, T, Versioned<T>, R>(
        {
          load: async () => {
            const { record, version } = await get(id);
            return { current: record, version };
          },
          apply: fn,
          save: (record, version, current) => {
            assertSameRecord(kind, current, record);
            return save(record, version);
          },
        },
        ...retryArguments(scope, options),
      ) as Promise<Result<Versioned<T>, R>>,
    list: (page?: PageRequest): Promise<Page<Versioned<T>>> =>
      readPage(scope, { collection, order: 'id' }, page, decode),
    listByPerson: (personId: PersonId, page?: PageRequest) =>
      readPage(scope, { collection, order: 'id', personId }, page, decode),
    listByProgramme: (programmeId: string, page?: PageRequest) =>
      readPage(scope, { collection, order: 'id', parentId: programmeId }, page, decode),
    changedSince: async (cursor: ChangeCursor | null, limit?: number): Promise<ChangeBatch<T>> => {
      const size = pageSize(limit, 100);
      const after = decodeChangeCursor(collection, cursor);
      return scope.run('read', async (session) => {
        const page = await readChanges(session, collection, after, size + 1);
        const batch = page.rows.slice(0, size);
        const last = batch.length === 0 ? undefined : page.positionAt(batch.length - 1);
        return {
          ...decodeEach(collection, batch, decode),
          cursor: encodeChangeCursor(collection, last ?? after),
          hasMore: page.rows.length > size,
        };
      });
    },
  };
}
