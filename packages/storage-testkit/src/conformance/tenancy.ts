import type { PersonId, RecordId } from '@livewell/core';
import type { TenantStore } from '@livewell/storage';
import fc from 'fast-check';
import { make } from '../fixtures.js';
import type { SuiteContext, TestApi, TestBed } from './context.js';
import { expectStorageError } from './expect-error.js';
import { kindCases } from './round-trips.js';

/** Writes one of everything for tenant `t` about person `p1`. */
async function populate(s: TenantStore, t: string): Promise<void> {
  await s.people.create(make.person(t, 'p1'));
  await s.carePlans.create(make.carePlan(t, 'plan-1', 'p1'), [
    make.carePlanEvent(t, 'plan-1', 'e1'),
  ]);
  await s.assessments.append(make.assessment(t, 'as-1', 'p1'));
  await s.organisations.create(make.organisation(t, 'org-1'));
  await s.services.create(make.service(t, 'svc-1'));
  await s.locations.create(make.location(t, 'loc-1'));
  await s.referrals.create(make.referral(t, 'ref-1', 'p1'), [make.referralEvent(t, 'ref-1', 'r1')]);
  await s.programmes.create(make.programme(t, 'prog-1'));
  await s.enrolments.create(make.enrolment(t, 'enr-1', 'p1', 'prog-1'));
  await s.tasks.create(make.task(t, 'task-1', 'p1'), [make.taskEvent(t, 'task-1', 'te-1')]);
  await s.audit.append(make.audit(t, 'au-1', 'p1'));
}

/** Checks that tenant `t` sees none of the records written by `populate` for another tenant. */
async function expectEmpty(test: TestApi, bed: TestBed, t: string): Promise<void> {
  const s = bed.tenant(t);
  const p1 = 'p1' as PersonId;
  for (const c of kindCases) {
    test.expect(await c.listIds(s), `${c.kind} listed for ${t}`).toEqual([]);
    test.expect(await bed.raw.records(t, c.kind), `${c.kind} stored for ${t}`).toEqual([]);
  }
  test.expect(await bed.raw.records(t, 'care-plan-event')).toEqual([]);
  test.expect(await bed.raw.records(t, 'task-event')).toEqual([]);
  test.expect(await s.tasks.find('task-1' as RecordId)).toBeUndefined();
  test.expect(await s.people.find(p1)).toBeUndefined();
  test.expect(await s.carePlans.find('plan-1' as RecordId)).toBeUndefined();
  test.expect(await s.assessments.find('as-1' as RecordId)).toBeUndefined();
  test.expect(await s.audit.find('au-1' as RecordId)).toBeUndefined();
  test.expect((await s.carePlans.listByPerson(p1)).items).toEqual([]);
  test.expect((await s.audit.listByPerson(p1)).items).toEqual([]);
  test.expect((await s.enrolments.listByProgramme('prog-1')).items).toEqual([]);
  test.expect((await s.organisations.changedSince(null)).items).toEqual([]);
  await expectStorageError(test, s.carePlans.events('plan-1' as RecordId), 'not-found');
  const exported = await s.exportPerson(p1);
  test.expect(exported.person).toBeNull();
  test
    .expect([
      exported.carePlans,
      exported.assessments,
      exported.referrals,
      exported.tasks,
      exported.audit,
    ])
    .toEqual([[], [], [], [], []]);
}

/**
 * Tenant ids that are prefixes of each other or differ only in punctuation, within the tenant
 * grammar (lower-case letters, digits and `-`; core refuses upper case, `.`, `:` and `_`).
 */
const tenantPairArb = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9]{0,4}$/),
    fc.constantFrom('0', '1', '-0', '-x', '-a', '-b', '9', 'x'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([base, suffix, dashed, swap]) => {
    const other = dashed ? `${base}-${base}` : base + suffix;
    return swap ? ([other, base] as const) : ([base, other] as const);
  })
  .filter(([a, b]) => a !== b);

/** Tenancy isolation, including prefix-colliding tenant ids. */
export function tenancySuite(ctx: SuiteContext): void {
  const { t } = ctx;
  t.describe('tenancy isolation', () => {
    t.it(
      'nothing written for tenant A is ever returned for tenant B (property)',
      ctx.withStore(async (bed) => {
        let run = 0;
        await ctx.withSeed(() =>
          fc.assert(
            fc.asyncProperty(tenantPairArb, async ([a0, b0]) => {
              run += 1;
              const [a, b] = [`r${run}-${a0}`, `r${run}-${b0}`];
              await populate(bed.tenant(a), a);
              await expectEmpty(t, bed, b);
              await populate(bed.tenant(b), b);
              const before = await Promise.all(kindCases.map((c) => bed.raw.records(a, c.kind)));
              await bed.tenant(b).erasePerson('p1' as PersonId, {
                auditId: 'erase-1' as RecordId,
                at: '2026-01-01T00:00:00Z',
                actor: { kind: 'system', name: 'testkit' },
              });
              const after = await Promise.all(kindCases.map((c) => bed.raw.records(a, c.kind)));
              t.expect(after).toEqual(before);
              t.expect((await bed.tenant(a).people.get('p1' as PersonId)).version).toBe(1);
            }),
            ctx.property(),
          ),
        );
      }),
      ctx.options.timeout,
    );

    t.it(
      'a record naming another tenant cannot be written through this handle',
      ctx.withStore(async (bed) => {
        const s = bed.tenant('iso-a');
        await expectStorageError(
          t,
          s.people.create(make.person('iso-a1', 'p1')),
          'invalid-request',
        );
        await expectStorageError(t, s.audit.append(make.audit('iso-', 'au-1')), 'invalid-request');
        t.expect(await bed.raw.records('iso-a1', 'person')).toEqual([]);
        t.expect(await bed.raw.records('iso-a', 'person')).toEqual([]);
      }),
      ctx.options.timeout,
    );
  });
}
