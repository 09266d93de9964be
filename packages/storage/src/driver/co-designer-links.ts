import type { CoDesigner, Improvement, ImprovementEvent, PersonId } from '@livewell/core';
import type { RecordKinds } from '../port/kinds.js';
import { fromDoc, fromRow, toRow } from './codec.js';
import { COMMAND_RECEIPTS } from './command-receipt.js';
import type { DriverRow, DriverSession } from './driver.js';
import { readAllIn } from './paging.js';
import type { Scope } from './scope.js';

/** What unlinking a person from the improvement log changed. */
export interface CoDesignerUnlinking {
  /** Improvements that named the person as a co-designer (they stay, without the link). */
  readonly improvements: number;
  /** Patient co-designer links removed from those improvements' snapshots. */
  readonly links: number;
  /** `improvement.co-designer-added` events that added the person, removed. */
  readonly events: number;
  /** Command receipts of those improvements that held a copy of the link, removed. */
  readonly commandReceipts: number;
}

const isThem = (personId: PersonId) => (c: CoDesigner) =>
  c.kind === 'patient' && c.personId === personId;

/** Whether a stored document holds a patient co-designer link to the person, at any depth. */
function linksPatient(doc: unknown, personId: PersonId): boolean {
  if (Array.isArray(doc)) return doc.some((d) => linksPatient(d, personId));
  if (doc === null || typeof doc !== 'object') return false;
  const o = doc as Record<string, unknown>;
  if (o.kind === 'patient' && o.personId === personId) return true;
  return Object.values(o).some((v) => linksPatient(v, personId));
}

/** The event without the person: `null` when the event only added them. */
function withoutPerson(event: ImprovementEvent, personId: PersonId): ImprovementEvent | null {
  if (event.type === 'improvement.co-designer-added') {
    return isThem(personId)(event.coDesigner) ? null : event;
  }
  if (event.type === 'improvement.proposed') {
    return { ...event, coDesigners: event.coDesigners.filter((c) => !isThem(personId)(c)) };
  }
  return event;
}

/**
 * Removes a person's links as a co-designer from the tenant's improvement log, inside an
 * erasure's write unit: each improvement naming them is saved without the link (its version
 * moves on, so a change in flight conflicts and retries on the unlinked record); its events are
 * rewritten in their order without the person (the event that only added them goes); receipts
 * holding a copy of the link go. Improvements are found by scanning the tenant's log (they are
 * indexed by practice, never by person). A row that links the person the person but cannot be read
 * aborts the erasure (`CorruptRecordError`), so no link is left behind silently.
 */
export async function unlinkCoDesigner(
  k: RecordKinds,
  scope: Scope,
  session: DriverSession,
  personId: PersonId,
): Promise<CoDesignerUnlinking> {
  const { tenantId } = scope;
  const mentions = (row: DriverRow) => linksPatient(row.doc, personId);
  const count = { improvements: 0, links: 0, events: 0, commandReceipts: 0 };
  const rows = await readAllIn(session, { collection: k.improvement.name, order: 'id' }, (r) => r);
  for (const row of rows.items.filter(mentions)) {
    const improvement: Improvement = fromRow(k.improvement, tenantId, row).record;
    const kept = improvement.coDesigners.filter((c) => !isThem(personId)(c));
    const removed = improvement.coDesigners.length - kept.length;
    const events = await readAllIn(
      session,
      { collection: k.improvementEvent.name, order: 'seq', parentId: row.id },
      (r) => r,
    );
    const receipts = await readAllIn(
      session,
      { collection: COMMAND_RECEIPTS, order: 'id', parentId: row.id },
      (r) => r,
    );
    count.improvements += 1;
    count.links += removed;
    const unlinked = toRow(k.improvement, tenantId, { ...improvement, coDesigners: kept });
    await session.replace(k.improvement.name, unlinked, row.version);
    if (events.items.some(mentions)) {
      // Removed and inserted again in their order, so their ids and order stay as they were.
      const rewritten: DriverRow[] = [];
      for (const eventRow of events.items) {
        if (!mentions(eventRow)) {
          rewritten.push(eventRow);
          continue;
        }
        const event = fromDoc(k.improvementEvent, tenantId, eventRow.id, eventRow.doc);
        const next = withoutPerson(event, personId);
        if (next === null) count.events += 1;
        else rewritten.push({ ...eventRow, doc: toRow(k.improvementEvent, tenantId, next).doc });
      }
      await session.remove(k.improvementEvent.name, { parentId: row.id });
      for (const r of rewritten) {
        await session.insert(k.improvementEvent.name, {
          id: r.id,
          personId: r.personId,
          parentId: r.parentId,
          doc: r.doc,
        });
      }
    }
    for (const receipt of receipts.items.filter(mentions)) {
      count.commandReceipts += await session.remove(COMMAND_RECEIPTS, { id: receipt.id });
    }
  }
  return count;
}
