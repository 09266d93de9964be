import type { PersonId, Result } from '@livewell/core';
import {
  CorruptRecordError,
  InvalidRequestError,
  isConflict,
  isStorageError,
  NotFoundError,
} from '../port/errors.js';
import type { PageRequest } from '../port/pagination.js';
import type { RecordKind, StoredEvent, StoredRecord, Versioned } from '../port/records.js';
import type {
  CommandOptions,
  EventSourcedRepository,
  SnapshotChange,
  SnapshotUpdateFn,
  SnapshotUpdateOptions,
  SnapshotWrite,
} from '../port/repositories.js';
import { fromDoc, toRow, written } from './codec.js';
import {
  COMMAND_RECEIPTS,
  checkCommandId,
  concurrentCommand,
  receiptRow,
  replayReceipt,
} from './command-receipt.js';
import type { DriverRow, DriverSession } from './driver.js';
import { insertRows } from './insert-rows.js';
import { readPage } from './paging.js';
import { readVersioned } from './read-row.js';
import { retryArguments, updateWithRetry } from './retry.js';
import { assertSameRecord } from './same-record.js';
import type { Scope } from './scope.js';

/** The kinds behind an event-sourced repository and the key its snapshot travels under. */
export interface EventSourcedKinds<K extends string, S, E> {
  readonly key: K;
  readonly snapshot: RecordKind<S>;
  readonly event: RecordKind<E>;
}

/**
 * The row id of an event: `<snapshotId>/<version>/<index>` (record ids never contain `/`), so
 * a retried or racing save can never append the same event twice.
 */
export const eventRowId = (snapshotId: string, version: number, index: number): string =>
  `${snapshotId}/${version}/${index}`;

/** Decodes an event row, recovering its snapshot version and index from the row id. */
export function eventFromRow<E extends StoredRecord>(
  kind: RecordKind<E>,
  scope: Pick<Scope, 'tenantId'>,
  row: DriverRow,
): StoredEvent<E> {
  // `<snapshot id>/<version>/<index>`: the second and third '/'-separated parts, read without
  // an array per row (ids never hold '/').
  const id = row.id;
  const first = id.indexOf('/');
  const second = first < 0 ? -1 : id.indexOf('/', first + 1);
  const third = second < 0 ? -1 : id.indexOf('/', second + 1);
  const snapshotVersion =
    first < 0 ? Number.NaN : Number(id.slice(first + 1, second < 0 ? undefined : second));
  const position =
    second < 0 ? Number.NaN : Number(id.slice(second + 1, third < 0 ? undefined : third));
  if (!Number.isSafeInteger(snapshotVersion) || !Number.isSafeInteger(position)) {
    throw new CorruptRecordError(`Stored event row ${row.id} has a malformed id.`, {
      kind: kind.name,
      id: row.id,
    });
  }
  return {
    version: snapshotVersion,
    index: position,
    event: fromDoc(kind, scope.tenantId, row.id, row.doc, row.stamp),
  };
}

const isDuplicate = (error: unknown) => isStorageError(error) && error.code === 'duplicate';

/** Writes a snapshot (insert at v1, or replace) and its events in one session. */
async function writeSnapshot<K extends string, S extends StoredRecord, E extends StoredRecord>(
  session: DriverSession,
  kinds: EventSourcedKinds<K, S, E>,
  scope: Scope,
  snapshot: S,
  events: readonly E[],
  expectedVersion: number | null,
  commandId?: string,
): Promise<SnapshotWrite<K, S, E>> {
  const snapshotRow = toRow(kinds.snapshot, scope.tenantId, snapshot);
  const eventRows = events.map((event) => {
    const row = toRow(kinds.event, scope.tenantId, event);
    if (row.parentId !== null && row.parentId !== snapshotRow.id) {
      throw new InvalidRequestError(
        `An event of ${row.parentId} was given with ${kinds.snapshot.name} ${snapshotRow.id}.`,
        { kind: kinds.event.name, id: row.id },
      );
    }
    return row;
  });
  if (expectedVersion !== null) {
    scope.newer.check(scope.tenantId, kinds.snapshot.name, snapshotRow.id, expectedVersion);
  }
  const saved =
    expectedVersion === null
      ? await session.insert(kinds.snapshot.name, snapshotRow)
      : await session.replace(kinds.snapshot.name, snapshotRow, expectedVersion);
  await insertRows(
    session,
    kinds.event.name,
    eventRows.map((row, index) => ({
      id: eventRowId(snapshotRow.id, saved.version, index),
      personId: snapshotRow.personId,
      parentId: snapshotRow.id,
      doc: row.doc,
      stamp: row.stamp,
    })),
  );
  const stored = eventRows.map(
    (row, index): StoredEvent<E> => ({ version: saved.version, index, event: row.doc }),
  );
  const result = { [kinds.key]: written(snapshotRow, saved), events: stored } as SnapshotWrite<
    K,
    S,
    E
  >;
  if (commandId !== undefined) {
    const receipt = receiptRow(kinds.key, kinds.snapshot, commandId, result, snapshotRow.personId);
    try {
      await session.insert(COMMAND_RECEIPTS, receipt);
    } catch (error) {
      throw isDuplicate(error) ? concurrentCommand(commandId) : error;
    }
  }
  return result;
}

/**
 * Builds an event-sourced repository (care plans, referrals): snapshot rows in one collection,
 * events in another (parent = snapshot id, person = the snapshot's person), written together in
 * one unit of work.
 */
export function eventSourcedRepository<
  K extends string,
  S extends StoredRecord,
  E extends StoredRecord,
>(kinds: EventSourcedKinds<K, S, E>, scope: Scope): EventSourcedRepository<K, S, E> {
  const name = kinds.snapshot.name;
  const decode = (row: DriverRow): Versioned<S> => readVersioned(kinds.snapshot, scope, row);

  const find = (id: string) =>
    scope.run('read', async (session) => {
      const row = await session.get(name, id);
      return row === undefined ? undefined : decode(row);
    });
  const get = async (id: string) => {
    const found = await find(id);
    if (found === undefined) {
      throw new NotFoundError(`No ${name} ${id} in this tenant.`, { kind: name, id });
    }
    return found;
  };
  const write = (
    snapshot: S,
    events: readonly E[],
    expectedVersion: number | null,
    commandId?: string,
  ) =>
    scope.run('write', (session) =>
      writeSnapshot(session, kinds, scope, snapshot, events, expectedVersion, commandId),
    );
  const receipt = (session: DriverSession, commandId: string, recordId: string | undefined) =>
    session
      .get(COMMAND_RECEIPTS, commandId)
      .then((row) =>
        row === undefined ? undefined : replayReceipt(kinds, scope.tenantId, recordId, row),
      );

  /** Loads the snapshot, or the original result when the command already committed. */
  const load = (id: string, commandId: string | undefined) =>
    scope.run('read', async (session) => {
      if (commandId !== undefined) {
        const done = await receipt(session, commandId, id);
        if (done !== undefined) return { done };
      }
      const row = await session.get(name, id);
      if (row === undefined) {
        throw new NotFoundError(`No ${name} ${id} in this tenant.`, { kind: name, id });
      }
      const { record, version } = decode(row);
      return { current: record, version };
    });

  const create = async (snapshot: S, events: readonly E[], commandId: string | undefined) => {
    if (commandId === undefined) return write(snapshot, events, null);
    try {
      return await write(snapshot, events, null, checkCommandId(commandId));
    } catch (error) {
      // Already created under this key (a retry after an unknown outcome, or a racing twin).
      if (!isDuplicate(error) && !isConflict(error)) throw error;
      const done = await scope.run('read', (session) => receipt(session, commandId, snapshot.id));
      if (done === undefined) throw error;
      return done;
    }
  };

  return {
    find,
    get,
    save: (snapshot, events, expectedVersion) => write(snapshot, events, expectedVersion),
    create: (snapshot, events = [], options?: CommandOptions) =>
      create(snapshot, events, options?.commandId),
    update: async <R>(
      id: S['id'],
      fn: SnapshotUpdateFn<K, S, E, R>,
      options?: SnapshotUpdateOptions,
    ) => {
      const commandId =
        options?.commandId === undefined ? undefined : checkCommandId(options.commandId);
      return updateWithRetry<S, SnapshotChange<K, S, E>, SnapshotWrite<K, S, E>, R>(
        {
          load: () => load(id, commandId),
          apply: fn,
          save: async (change, version, current) => {
            const next = change[kinds.key] as S;
            assertSameRecord(kinds.snapshot, current, next);
            return write(next, change.events, version, commandId);
          },
        },
        ...retryArguments(scope, options),
      ) as Promise<Result<SnapshotWrite<K, S, E>, R>>;
    },
    events: async (id, page?: PageRequest) => {
      const found = await readPage(
        scope,
        { collection: kinds.event.name, order: 'seq', parentId: id },
        page,
        (row) => eventFromRow(kinds.event, scope, row),
      );
      // Events are only ever written with their snapshot and erased with it: a page with rows
      // proves the snapshot exists, so only an empty page costs the second read.
      if (found.items.length === 0 && found.problems.length === 0) await get(id);
      return found;
    },
    list: (page) => readPage(scope, { collection: name, order: 'id' }, page, decode),
    listByPerson: (personId: PersonId, page?: PageRequest) =>
      readPage(scope, { collection: name, order: 'id', personId }, page, decode),
  };
}
