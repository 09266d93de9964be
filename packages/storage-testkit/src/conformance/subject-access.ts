import type { PersonId, RecordId } from '@livewell/core';
import type { TenantStore } from '@livewell/storage';
import { make } from '../fixtures.js';
import type { StoredCollection } from '../harness.js';
import type { SuiteContext } from './context.js';
import { racedErasureTest } from './erasure-race.js';

/** The tenant the subject-access tests write in. */
export const T = 'tenant-s';

/** Stores one person's records of every personal kind (plan and referral with events). */
export async function personData(s: TenantStore, p: string, seed: number): Promise<void> {
  await s.people.create(make.person(T, p, seed));
  await s.carePlans.create(
    make.carePlan(T, `plan-${p}`, p, seed),
    [
      make.carePlanEvent(T, `plan-${p}`, `pe-${p}-1`, seed),
      make.carePlanEvent(T, `plan-${p}`, `pe-${p}-2`, seed + 1),
    ],
    { commandId: `create-plan-${p}` },
  );
  await s.assessments.append(make.assessment(T, `as-${p}`, p, seed));
  await s.referrals.create(make.referral(T, `ref-${p}`, p, seed), [
    make.referralEvent(T, `ref-${p}`, `re-${p}`, seed),
  ]);
  await s.enrolments.create(make.enrolment(T, `enr-${p}`, p, 'prog-1', seed));
  await s.tasks.create(make.task(T, `task-${p}`, p, seed), [
    make.taskEvent(T, `task-${p}`, `te-${p}`, seed),
  ]);
  await s.audit.append(make.audit(T, `au-${p}`, p, seed));
}

/** The kinds erasure must leave no row of. */
export const personal: readonly StoredCollection[] = [
  'person',
  'care-plan',
  'care-plan-event',
  'assessment',
  'referral',
  'referral-event',
  'enrolment',
  'task',
  'task-event',
  'command-receipt',
];

/** Subject-access export and erasure of one person across repositories. */
export function subjectAccessSuite(ctx: SuiteContext): void {
  const { t } = ctx;
  const to = ctx.options.timeout;
  t.describe('subject access and erasure', () => {
    t.it(
      'export returns exactly one person’s records across repositories',
      ctx.withStore(async ({ tenant }) => {
        const s = tenant(T);
        await personData(s, 'p1', 1);
        await personData(s, 'p2', 5);
        await s.audit.append(make.audit(T, 'au-none', undefined, 9));
        const e = await s.exportPerson('p1' as PersonId);
        t.expect(e.person?.record.id).toBe('p1');
        t.expect(
          e.carePlans.map((c) => [c.snapshot.record.id, c.events.map((x) => x.event.id)]),
        ).toEqual([['plan-p1', ['pe-p1-1', 'pe-p1-2']]]);
        t.expect(e.assessments.map((a) => a.id)).toEqual(['as-p1']);
        t.expect(
          e.referrals.map((r) => [r.snapshot.record.id, r.events.map((x) => x.event.id)]),
        ).toEqual([['ref-p1', ['re-p1']]]);
        t.expect(e.enrolments.map((v) => v.record.id)).toEqual(['enr-p1']);
        t.expect(
          e.tasks.map((r) => [r.snapshot.record.id, r.events.map((x) => x.event.id)]),
        ).toEqual([['task-p1', ['te-p1']]]);
        t.expect(e.audit.map((a) => a.id)).toEqual(['au-p1']);
      }),
      to,
    );

    t.it(
      'erasure removes the person’s data, keeps others’, and leaves an audit record',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        await personData(s, 'p1', 1);
        await personData(s, 'p2', 5);
        const before = await Promise.all(personal.map((k) => raw.records(T, k)));
        const report = await s.erasePerson('p1' as PersonId, {
          auditId: 'erasure-1' as RecordId,
          at: '2026-03-01T10:00:00Z',
          actor: { kind: 'system', name: 'dpo-request' },
          reason: 'SAR-42',
        });
        t.expect(report.removed).toEqual({
          person: 1,
          carePlans: 1,
          carePlanEvents: 2,
          assessments: 1,
          referrals: 1,
          referralEvents: 1,
          enrolments: 1,
          tasks: 1,
          taskEvents: 1,
          commandReceipts: 1,
        });
        t.expect(report.audit).toMatchObject({
          id: 'erasure-1',
          action: 'person.erased',
          subject: { kind: 'person', id: 'p1' },
          personId: 'p1',
        });
        for (const [i, kind] of personal.entries()) {
          const after = await raw.records(T, kind);
          t.expect(after.length, kind).toBe((before[i]?.length ?? 0) / 2);
          t.expect(JSON.stringify(after), kind).not.toMatch(
            /"(id|personId|planId|referralId|taskId)":"(p1|plan-p1|ref-p1|task-p1)"/,
          );
        }
        t.expect(await raw.record(T, 'audit-event', 'erasure-1')).toBeDefined();
        t.expect(await raw.record(T, 'audit-event', 'au-p1')).toBeDefined();
        t.expect((await s.people.get('p2' as PersonId)).version).toBe(1);
        const e = await s.exportPerson('p1' as PersonId);
        t.expect(e.person).toBeNull();
        t.expect([e.carePlans, e.assessments, e.referrals, e.enrolments, e.tasks]).toEqual([
          [],
          [],
          [],
          [],
          [],
        ]);
        t.expect(e.audit.map((a) => a.id)).toEqual(['au-p1', 'erasure-1']);
      }),
      to,
    );

    racedErasureTest(ctx, { personData, personal });
  });
}
