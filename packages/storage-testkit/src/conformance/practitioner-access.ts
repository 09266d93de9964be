import type { PersonId, PractitionerId, RecordId } from '@livewell/core';
import type { TenantStore } from '@livewell/storage';
import { make } from '../fixtures.js';
import type { SuiteContext } from './context.js';
import { expectStorageError } from './expect-error.js';
import { personData } from './subject-access.js';

/** The tenant these tests write in. */
const T = 'tenant-s';

/** Stores one practitioner's own records: a CS-PAM result and a development place with events. */
async function practitionerData(s: TenantStore, pr: string, seed: number): Promise<void> {
  await s.practitionerAssessments.append(make.practitionerAssessment(T, `pa-${pr}`, pr, seed));
  await s.practitionerPlaces.create(
    make.practitionerPlace(T, `place-${pr}`, pr, seed),
    [
      make.practitionerPlaceEvent(T, `place-${pr}`, `pe-${pr}-1`, seed),
      make.practitionerPlaceEvent(T, `place-${pr}`, `pe-${pr}-2`, seed + 1),
    ],
    { commandId: `create-place-${pr}` },
  );
}

/** Subject access for practitioners and practices: their records never mix with a patient's. */
export function practitionerAccessSuite(ctx: SuiteContext): void {
  const { t } = ctx;
  const to = ctx.options.timeout;
  t.describe('practitioner and practice records', () => {
    t.it(
      'a practitioner’s export holds their own assessments and places; a patient’s holds none',
      ctx.withStore(async ({ tenant }) => {
        const s = tenant(T);
        await practitionerData(s, 'pr-1', 1);
        await practitionerData(s, 'pr-2', 5);
        await s.practiceAssessments.append(make.practiceAssessment(T, 'ra-1', 'practice-1', 2));
        await personData(s, 'p1', 3);
        const e = await s.exportPractitioner('pr-1' as PractitionerId);
        t.expect(e.assessments.map((a) => a.id)).toEqual(['pa-pr-1']);
        t.expect(
          e.places.map((p) => [p.snapshot.record.id, p.events.map((x) => x.event.id)]),
        ).toEqual([['place-pr-1', ['pe-pr-1-1', 'pe-pr-1-2']]]);
        t.expect(e.problems).toEqual([]);
        const patient = JSON.stringify(await s.exportPerson('p1' as PersonId));
        t.expect(patient).not.toMatch(/pa-pr-|place-pr-|pe-pr-|ra-1|"practitionerId":"pr-/);
        const byPractice = await s.practiceAssessments.listBySubject('practice-1');
        t.expect(byPractice.items.map((a) => a.id)).toEqual(['ra-1']);
        await s.improvements.create(make.improvement(T, 'imp-1', 'practice-1', 4));
        t.expect(
          (await s.improvements.listBySubject('practice-1')).items.map((v) => v.record.id),
        ).toEqual(['imp-1']);
        const byPractitioner = await s.practitionerPlaces.listBySubject('pr-2');
        t.expect(byPractitioner.items.map((v) => v.record.id)).toEqual(['place-pr-2']);
      }),
      to,
    );

    t.it(
      'a CS-PAM or readiness result cannot be stored as a patient’s assessment',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        const patient = make.assessment(T, 'as-x', 'p1', 1);
        for (const id of ['cs-pam', 'livewell-practice-readiness']) {
          await expectStorageError(
            t,
            s.assessments.append({ ...patient, instrument: { id, version: '1' } }),
            'invalid-request',
          );
        }
        t.expect(await raw.records(T, 'assessment')).toEqual([]);
      }),
      to,
    );

    t.it(
      'erasing a practitioner removes their records only, and leaves an audit record',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        await practitionerData(s, 'pr-1', 1);
        await practitionerData(s, 'pr-2', 5);
        await personData(s, 'p1', 3);
        const report = await s.erasePractitioner('pr-1' as PractitionerId, {
          auditId: 'erasure-pr-1' as RecordId,
          at: '2026-03-01T10:00:00Z',
          actor: { kind: 'system', name: 'dpo-request' },
        });
        t.expect(report.removed).toEqual({
          assessments: 1,
          places: 1,
          placeEvents: 2,
          commandReceipts: 1,
        });
        t.expect(report.audit).toMatchObject({
          action: 'practitioner.erased',
          subject: { kind: 'practitioner', id: 'pr-1' },
        });
        t.expect(report.audit).not.toHaveProperty('personId');
        for (const kind of [
          'practitioner-assessment',
          'practitioner-place',
          'practitioner-place-event',
          'command-receipt',
        ] as const) {
          t.expect(JSON.stringify(await raw.records(T, kind)), kind).not.toMatch(/pr-1/);
        }
        const left = await s.exportPractitioner('pr-2' as PractitionerId);
        t.expect(left.assessments.map((a) => a.id)).toEqual(['pa-pr-2']);
        t.expect(left.places.map((p) => p.snapshot.record.id)).toEqual(['place-pr-2']);
        const gone = await s.exportPractitioner('pr-1' as PractitionerId);
        t.expect([gone.assessments, gone.places]).toEqual([[], []]);
        t.expect((await s.exportPerson('p1' as PersonId)).assessments.map((a) => a.id)).toEqual([
          'as-p1',
        ]);
      }),
      to,
    );
  });
}
