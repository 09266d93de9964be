import {
  type Actor,
  type CoDesigner,
  type Improvement,
  type ImprovementEvent,
  ok,
  type PersonId,
  type PractitionerId,
  type RecordId,
  type TenantId,
} from '@livewell/core';
import type { TenantStore } from '@livewell/storage';
import type { SuiteContext } from './context.js';
import { personData, T } from './subject-access.js';

const at = (day: number) => `2027-03-${String(day).padStart(2, '0')}T10:00:00Z`;
const actor: Actor = {
  kind: 'practitioner',
  practitionerId: 'pr-nurse' as PractitionerId,
  role: 'nurse',
};
const staff: CoDesigner = { kind: 'staff', practitionerId: 'pr-nurse' as PractitionerId };
const patient = (p: string): CoDesigner => ({ kind: 'patient', personId: p as PersonId });
const envelope = (improvementId: string, id: string, day: number) => ({
  schemaVersion: 1 as const,
  id: id as RecordId,
  tenantId: T as TenantId,
  improvementId: improvementId as RecordId,
  at: at(day),
  actor,
});

/** An improvement proposed with `coDesigners`, as the practice package would store it. */
function proposed(id: string, coDesigners: readonly CoDesigner[]) {
  const base = {
    practiceId: 'practice-1' as RecordId,
    title: 'Agenda-setting leaflet mailed with appointment letters',
    problem: 'People arrive unsure what to raise.',
    origin: { kind: 'programme-feedback' as const, programmeId: 'prog-1' as RecordId },
    coDesigners: [...coDesigners],
  };
  const improvement: Improvement = {
    schemaVersion: 1,
    id: id as RecordId,
    tenantId: T as TenantId,
    ...base,
    status: 'idea',
    measures: [],
    history: [{ status: 'idea', at: at(1), actor }],
    createdAt: at(1),
    updatedAt: at(1),
  };
  const event: ImprovementEvent = {
    ...envelope(id, `${id}-e1`, 1),
    type: 'improvement.proposed',
    ...base,
  };
  return { improvement, event };
}

/** Adds a co-designer to a stored improvement through `update`, with an idempotency key. */
async function addCoDesigner(s: TenantStore, id: string, who: CoDesigner, eventId: string) {
  const r = await s.improvements.update(
    id as RecordId,
    (i) =>
      ok({
        improvement: { ...i, coDesigners: [...i.coDesigners, who], updatedAt: at(2) },
        events: [
          { ...envelope(id, eventId, 2), type: 'improvement.co-designer-added', coDesigner: who },
        ],
      }),
    { commandId: `add-${eventId}` },
  );
  if (!r.ok) throw new Error('the fixture update was refused');
}

/** Records a measure on a stored improvement (a later event after the link). */
async function measure(s: TenantStore, id: string, eventId: string, day: number) {
  const m = { name: 'sheets handed in', value: 12, recordedAt: at(day) };
  const r = await s.improvements.update(id as RecordId, (i) =>
    ok({
      improvement: { ...i, measures: [...i.measures, m], updatedAt: at(day) },
      events: [{ ...envelope(id, eventId, day), type: 'improvement.measured', measure: m }],
    }),
  );
  if (!r.ok) throw new Error('the fixture update was refused');
}

/** A patient link to p1 in stored JSON, whichever order its fields were written in. */
const LINKS_P1 =
  /"kind":\s*"patient",\s*"personId":\s*"p1"|"personId":\s*"p1",\s*"kind":\s*"patient"/;

/** Erasing a patient removes their co-designer links from the improvement log, and nothing else. */
export function coDesignerErasureSuite(ctx: SuiteContext): void {
  const { t } = ctx;
  const to = ctx.options.timeout;
  t.describe('erasure and the improvement log', () => {
    t.it(
      'erasing a patient removes their co-designer links; the improvements, other links and events stay',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        await personData(s, 'p1', 1);
        await personData(s, 'p2', 5);
        // imp-1: proposed with staff and p2; p1 added later (with a receipt); then a measure.
        const one = proposed('imp-1', [staff, patient('p2')]);
        await s.improvements.create(one.improvement, [one.event]);
        await addCoDesigner(s, 'imp-1', patient('p1'), 'imp-1-e2');
        await measure(s, 'imp-1', 'imp-1-e3', 3);
        // imp-2 links p2 only; imp-3 was proposed with p1 in its first event.
        const two = proposed('imp-2', [patient('p2')]);
        await s.improvements.create(two.improvement, [two.event]);
        const three = proposed('imp-3', [patient('p1'), staff]);
        await s.improvements.create(three.improvement, [three.event]);
        const untouched = await s.improvements.get('imp-2' as RecordId);
        const eventIdsBefore = (await s.improvements.events('imp-1' as RecordId)).items;

        const report = await s.erasePerson('p1' as PersonId, {
          auditId: 'erasure-p1' as RecordId,
          at: '2027-04-01T10:00:00Z',
          actor: { kind: 'system', name: 'dpo-request' },
        });

        // Raw storage: no improvement, improvement event or receipt links p1 any more.
        for (const kind of ['improvement', 'improvement-event', 'command-receipt'] as const) {
          const docs = JSON.stringify((await raw.records(T, kind)).map((r) => r.doc));
          t.expect(docs, kind).not.toMatch(LINKS_P1);
          t.expect(docs, kind).not.toMatch(/"p1"/);
        }
        // The improvements stay, without the link; other links stay.
        const first = (await s.improvements.get('imp-1' as RecordId)).record;
        t.expect(first.coDesigners).toEqual([staff, patient('p2')]);
        t.expect(first.measures).toHaveLength(1);
        t.expect((await s.improvements.get('imp-3' as RecordId)).record.coDesigners).toEqual([
          staff,
        ]);
        t.expect(await s.improvements.get('imp-2' as RecordId)).toEqual(untouched);
        const events = (await s.improvements.events('imp-1' as RecordId)).items;
        t.expect(events.map((e) => [e.version, e.index, e.event.type])).toEqual(
          eventIdsBefore
            .filter((e) => e.event.type !== 'improvement.co-designer-added')
            .map((e) => [e.version, e.index, e.event.type]),
        );
        const proposal = events[0]?.event;
        t.expect(proposal?.type === 'improvement.proposed' && proposal.coDesigners).toEqual([
          staff,
          patient('p2'),
        ]);
        const third = (await s.improvements.events('imp-3' as RecordId)).items[0]?.event;
        t.expect(third?.type === 'improvement.proposed' && third.coDesigners).toEqual([staff]);
        // The audit event counts what the unlinking changed.
        t.expect(report.audit.details?.coDesignerLinks).toEqual({
          improvements: 2,
          links: 2,
          events: 1,
          commandReceipts: 1,
        });
        // The unlinked record can still be changed (its version moved on with the erasure).
        await measure(s, 'imp-1', 'imp-1-e4', 5);
        t.expect((await s.improvements.get('imp-1' as RecordId)).record.measures).toHaveLength(2);
        // The other patient's link is theirs to erase in turn.
        await s.erasePerson('p2' as PersonId, {
          auditId: 'erasure-p2' as RecordId,
          at: '2027-04-02T10:00:00Z',
          actor: { kind: 'system', name: 'dpo-request' },
        });
        t.expect((await s.improvements.get('imp-2' as RecordId)).record.coDesigners).toEqual([]);
        t.expect(JSON.stringify(await raw.records(T, 'improvement'))).not.toMatch(/"p2"/);
      }),
      to,
    );
  });
}
