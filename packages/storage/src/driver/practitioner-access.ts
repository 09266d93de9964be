import type {
  AuditEvent,
  PractitionerId,
  PractitionerPlace,
  PractitionerPlaceEvent,
} from '@livewell/core';
import { isStorageError } from '../port/errors.js';
import type { RecordKinds } from '../port/kinds.js';
import type { ReadProblem } from '../port/read-problem.js';
import type {
  ErasureRequest,
  PractitionerErasureReport,
  PractitionerExport,
  SnapshotWithEvents,
} from '../port/store.js';
import { fromRow, toRow } from './codec.js';
import { COMMAND_RECEIPTS } from './command-receipt.js';
import { readProblem } from './decode-each.js';
import type { DriverRow } from './driver.js';
import { eventFromRow } from './event-sourced-repository.js';
import { readAllIn } from './paging.js';
import type { Scope } from './scope.js';
import { checkErasure, checkSubjectId } from './subject-request.js';

/**
 * Reads everything held about one practitioner as a subject, in one read unit: their own
 * assessments and their development places with every event. Reads no person's records.
 */
export async function exportPractitioner(
  k: RecordKinds,
  scope: Scope,
  practitionerId: PractitionerId,
): Promise<PractitionerExport> {
  checkSubjectId('practitioner', practitionerId);
  const { tenantId } = scope;
  return scope.run('read', async (session) => {
    const problems: ReadProblem[] = [];
    const assessments = await readAllIn(
      session,
      { collection: k.practitionerAssessment.name, order: 'seq', parentId: practitionerId },
      (row) => fromRow(k.practitionerAssessment, tenantId, row).record,
    );
    problems.push(...assessments.problems);
    const placeRows = await readAllIn(
      session,
      { collection: k.practitionerPlace.name, order: 'id', parentId: practitionerId },
      (row: DriverRow) => row,
    );
    const places: SnapshotWithEvents<PractitionerPlace, PractitionerPlaceEvent>[] = [];
    for (const row of placeRows.items) {
      const events = await readAllIn(
        session,
        { collection: k.practitionerPlaceEvent.name, order: 'seq', parentId: row.id },
        (eventRow: DriverRow) => eventFromRow(k.practitionerPlaceEvent, scope, eventRow),
      );
      problems.push(...events.problems);
      try {
        places.push({
          snapshot: fromRow(k.practitionerPlace, tenantId, row),
          events: events.items,
        });
      } catch (error) {
        if (!isStorageError(error) || error.code !== 'corrupt-record') throw error;
        problems.push(readProblem(k.practitionerPlace.name, row.id, error));
      }
    }
    return { tenantId, practitionerId, assessments: assessments.items, places, problems };
  });
}

/**
 * Deletes a practitioner's own records (assessments, places, their events and command receipts)
 * and appends the `practitioner.erased` audit event, in one write unit.
 */
export async function erasePractitioner(
  k: RecordKinds,
  scope: Scope,
  practitionerId: PractitionerId,
  request: ErasureRequest,
): Promise<PractitionerErasureReport> {
  checkErasure('practitioner', practitionerId, request);
  return scope.run('write', async (session) => {
    const placeRows = await readAllIn(
      session,
      { collection: k.practitionerPlace.name, order: 'id', parentId: practitionerId },
      (row: DriverRow) => row.id,
    );
    // Snapshots first (a save in flight then finds no row), then their events and receipts.
    const places = await session.remove(k.practitionerPlace.name, { parentId: practitionerId });
    let placeEvents = 0;
    let commandReceipts = 0;
    for (const placeId of placeRows.items) {
      placeEvents += await session.remove(k.practitionerPlaceEvent.name, { parentId: placeId });
      commandReceipts += await session.remove(COMMAND_RECEIPTS, { parentId: placeId });
    }
    const removed = {
      assessments: await session.remove(k.practitionerAssessment.name, {
        parentId: practitionerId,
      }),
      places,
      placeEvents,
      commandReceipts,
    };
    const audit: AuditEvent = {
      schemaVersion: 1,
      id: request.auditId,
      tenantId: scope.tenantId,
      at: request.at,
      actor: request.actor,
      action: 'practitioner.erased',
      subject: { kind: 'practitioner', id: practitionerId },
      details: { removed, ...(request.reason === undefined ? {} : { reason: request.reason }) },
    };
    const row = toRow(k.audit, scope.tenantId, audit);
    await session.insert(k.audit.name, row);
    return { practitionerId, removed, audit: row.doc };
  });
}
