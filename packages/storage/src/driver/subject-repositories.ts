import type {
  Improvement,
  ImprovementEvent,
  PractitionerPlace,
  PractitionerPlaceEvent,
} from '@livewell/core';
import type { PageRequest } from '../port/pagination.js';
import type { RecordKind, StoredRecord } from '../port/records.js';
import type { SubjectAppendOnlyRepository } from '../port/repositories.js';
import type { ImprovementRepository, PractitionerPlaceRepository } from '../port/store.js';
import { appendOnlyRepository } from './append-only-repository.js';
import { fromRow } from './codec.js';
import type { DriverRow } from './driver.js';
import { eventSourcedRepository } from './event-sourced-repository.js';
import { readPage } from './paging.js';
import { readVersioned } from './read-row.js';
import type { Scope } from './scope.js';

/**
 * Builds an append-only repository for records about a practitioner or a practice: the kind
 * indexes the subject as its parent, so `listBySubject` reads that index (append order).
 */
export function subjectAppendOnlyRepository<T extends StoredRecord>(
  kind: RecordKind<T>,
  scope: Scope,
): SubjectAppendOnlyRepository<T> {
  const { find, get, append, list } = appendOnlyRepository(kind, scope);
  const decode = (row: DriverRow): T => fromRow(kind, scope.tenantId, row).record;
  return {
    find,
    get,
    append,
    list,
    listBySubject: (subjectId: string, page?: PageRequest) =>
      readPage(scope, { collection: kind.name, order: 'seq', parentId: subjectId }, page, decode),
  };
}

/**
 * Builds an event-sourced repository of records about a subject that is not a person (a
 * practitioner's places, a practice's improvements): no `listByPerson`; `listBySubject` reads
 * the snapshot's parent index (id order).
 */
function subjectEventSourced<K extends string, S extends StoredRecord, E extends StoredRecord>(
  key: K,
  kinds: { readonly snapshot: RecordKind<S>; readonly event: RecordKind<E> },
  scope: Scope,
) {
  const { listByPerson: _unused, ...repository } = eventSourcedRepository(
    { key, snapshot: kinds.snapshot, event: kinds.event },
    scope,
  );
  return {
    ...repository,
    listBySubject: (subjectId: string, page?: PageRequest) =>
      readPage(
        scope,
        { collection: kinds.snapshot.name, order: 'id', parentId: subjectId },
        page,
        (row) => readVersioned(kinds.snapshot, scope, row),
      ),
  };
}

/** Builds the repository of practitioners' development places (event-sourced, by practitioner). */
export const practitionerPlaceRepository = (
  kinds: {
    readonly snapshot: RecordKind<PractitionerPlace>;
    readonly event: RecordKind<PractitionerPlaceEvent>;
  },
  scope: Scope,
): PractitionerPlaceRepository => subjectEventSourced('place', kinds, scope);

/** Builds the repository of a practice's improvement log (event-sourced, by practice). */
export const improvementRepository = (
  kinds: {
    readonly snapshot: RecordKind<Improvement>;
    readonly event: RecordKind<ImprovementEvent>;
  },
  scope: Scope,
): ImprovementRepository => subjectEventSourced('improvement', kinds, scope);
