import type { AuditEvent, PersonId } from '@livewell/core';
import { isStorageError } from '../port/errors.js';
import type { RecordKinds } from '../port/kinds.js';
import type { ReadProblem } from '../port/read-problem.js';
import type { RecordKind, StoredRecord } from '../port/records.js';
import type {
  ErasureReport,
  ErasureRequest,
  PersonExport,
  SnapshotWithEvents,
} from '../port/store.js';
import { personBookings, unlinkBookings } from './booking-links.js';
import { unlinkCoDesigner } from './co-designer-links.js';
import { fromRow, toRow } from './codec.js';
import { COMMAND_RECEIPTS } from './command-receipt.js';
import { decodeEach, readProblem } from './decode-each.js';
import type { DriverRow, DriverSession } from './driver.js';
import { eventFromRow } from './event-sourced-repository.js';
import { readAllIn } from './paging.js';
import type { Scope } from './scope.js';
import { checkErasure, checkSubjectId } from './subject-request.js';

/** Reads a person's snapshots of one kind with each one's full event history. */
async function snapshotsWithEvents<S extends StoredRecord, E extends StoredRecord>(
  session: DriverSession,
  scope: Scope,
  kinds: { snapshot: RecordKind<S>; event: RecordKind<E> },
  personId: PersonId,
  problems: ReadProblem[],
): Promise<SnapshotWithEvents<S, E>[]> {
  const result: SnapshotWithEvents<S, E>[] = [];
  const rows = await readAllIn(
    session,
    { collection: kinds.snapshot.name, order: 'id', personId },
    (row) => row,
  );
  for (const row of rows.items) {
    const events = await readAllIn(
      session,
      { collection: kinds.event.name, order: 'seq', parentId: row.id },
      (eventRow: DriverRow) => eventFromRow(kinds.event, scope, eventRow),
    );
    problems.push(...events.problems);
    try {
      result.push({ snapshot: fromRow(kinds.snapshot, scope.tenantId, row), events: events.items });
    } catch (error) {
      if (!isStorageError(error) || error.code !== 'corrupt-record') throw error;
      const problem = readProblem(kinds.snapshot.name, row.id, error);
      const left = events.items.length;
      problems.push(
        left === 0
          ? problem
          : {
              ...problem,
              message: `${problem.message} (its ${left} readable events are not exported without it)`,
            },
      );
    }
  }
  return result;
}

/** Reads everything held about one person, in one read unit of the driver. */
export async function exportPerson(
  k: RecordKinds,
  scope: Scope,
  personId: PersonId,
): Promise<PersonExport> {
  checkSubjectId('person', personId);
  const { tenantId } = scope;
  return scope.run('read', async (session) => {
    const problems: ReadProblem[] = [];
    const all = async <T>(
      listing: Parameters<typeof readAllIn>[1],
      decode: (row: DriverRow) => T,
    ): Promise<T[]> => {
      const read = await readAllIn(session, listing, decode);
      problems.push(...read.problems);
      return read.items;
    };
    const personRow = await session.get(k.person.name, personId);
    const people =
      personRow === undefined
        ? { items: [], problems: [] }
        : decodeEach(k.person.name, [personRow], (row) => fromRow(k.person, tenantId, row));
    problems.push(...people.problems);
    const carePlans = await snapshotsWithEvents(
      session,
      scope,
      { snapshot: k.carePlan, event: k.carePlanEvent },
      personId,
      problems,
    );
    const assessments = await all(
      { collection: k.assessment.name, order: 'seq', personId },
      (row) => fromRow(k.assessment, tenantId, row).record,
    );
    const referrals = await snapshotsWithEvents(
      session,
      scope,
      { snapshot: k.referral, event: k.referralEvent },
      personId,
      problems,
    );
    const enrolments = await all({ collection: k.enrolment.name, order: 'id', personId }, (row) =>
      fromRow(k.enrolment, tenantId, row),
    );
    const tasks = await snapshotsWithEvents(
      session,
      scope,
      { snapshot: k.task, event: k.taskEvent },
      personId,
      problems,
    );
    const audit = await all(
      { collection: k.audit.name, order: 'seq', personId },
      (row) => fromRow(k.audit, tenantId, row).record,
    );
    return {
      tenantId,
      personId,
      person: people.items[0] ?? null,
      carePlans,
      assessments,
      referrals,
      enrolments,
      tasks,
      audit,
      problems,
    };
  });
}

/** Deletes one person's data and appends the `person.erased` audit event, in one write unit. */
export async function erasePerson(
  k: RecordKinds,
  scope: Scope,
  personId: PersonId,
  request: ErasureRequest,
): Promise<ErasureReport> {
  checkErasure('person', personId, request);
  return scope.run('write', async (session) => {
    // Parents before their events. A save writes its snapshot (a compare-and-set that locks the
    // row until commit) before appending the events, so deleting the snapshots first waits for
    // every save in flight and makes every later one find no row (NotFoundError); the events
    // deleted next then include those of the saves that committed meanwhile. Deleting events
    // first would miss the events of a save committing between the two deletes.
    const bookings = await personBookings(k, scope, session, personId);
    const person = await session.remove(k.person.name, { id: personId });
    const carePlans = await session.remove(k.carePlan.name, { personId });
    const carePlanEvents = await session.remove(k.carePlanEvent.name, { personId });
    const referrals = await session.remove(k.referral.name, { personId });
    const referralEvents = await session.remove(k.referralEvent.name, { personId });
    const tasks = await session.remove(k.task.name, { personId });
    const taskEvents = await session.remove(k.taskEvent.name, { personId });
    const removed = {
      person,
      carePlans,
      carePlanEvents,
      assessments: await session.remove(k.assessment.name, { personId }),
      referrals,
      referralEvents,
      enrolments: await session.remove(k.enrolment.name, { personId }),
      tasks,
      taskEvents,
      commandReceipts: await session.remove(COMMAND_RECEIPTS, { personId }),
    };
    // The capacity ledger holds bookings by referral or enrolment id: the places stay, the link goes.
    const booked = await unlinkBookings(k, scope, session, bookings);
    const unbooked = booked.sessions === 0 ? {} : { bookingLinks: { ...booked } };
    // The improvement log links patient co-designers by id: the records stay, the link goes.
    const coDesigners = await unlinkCoDesigner(k, scope, session, personId);
    const unlinked = coDesigners.improvements === 0 ? {} : { coDesignerLinks: { ...coDesigners } };
    const audit: AuditEvent = {
      schemaVersion: 1,
      id: request.auditId,
      tenantId: scope.tenantId,
      at: request.at,
      actor: request.actor,
      action: 'person.erased',
      subject: { kind: 'person', id: personId },
      personId,
      details: {
        removed,
        ...unbooked,
        ...unlinked,
        ...(request.reason === undefined ? {} : { reason: request.reason }),
      },
    };
    const row = toRow(k.audit, scope.tenantId, audit);
    await session.insert(k.audit.name, row);
    return { personId, removed, audit: row.doc };
  });
}
