import { err, ok, type PersonId, type RecordId } from '@livewell/core';
import { make } from '../fixtures.js';
import type { SuiteContext } from './context.js';
import { expectStorageError } from './expect-error.js';
import { json } from './round-trips.js';

const T = 'tenant-v';

/** Versions, conflicts, not-found, duplicates, update semantics and write validation. */
export function versionSuite(ctx: SuiteContext): void {
  const { t } = ctx;
  const to = ctx.options.timeout;
  t.describe('versions and errors', () => {
    t.it(
      'create, save and conflicts on a versioned record',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        const person = make.person(T, 'p1');
        t.expect((await s.people.create(person)).version).toBe(1);
        await expectStorageError(t, s.people.create(make.person(T, 'p1', 2)), 'duplicate');
        t.expect(json((await raw.record(T, 'person', 'p1'))?.doc)).toEqual(json(person));
        const changed = { ...person, consentToShare: !person.consentToShare };
        const saved = await s.people.save(changed, 1);
        t.expect(saved).toEqual({ record: changed, version: 2 });
        t.expect(await s.people.get(person.id)).toEqual({ record: changed, version: 2 });
        await expectStorageError(t, s.people.save(person, 1), 'conflict');
        await expectStorageError(t, s.people.save(person, 3), 'conflict');
        const stored = await raw.record(T, 'person', 'p1');
        t.expect(json(stored?.doc)).toEqual(json(changed));
        if (stored?.version !== undefined) t.expect(stored.version).toBe(2);
        await expectStorageError(t, s.people.save(make.person(T, 'ghost'), 1), 'not-found');
        t.expect(await raw.record(T, 'person', 'ghost')).toBeUndefined();
        await expectStorageError(t, s.people.get('ghost' as PersonId), 'not-found');
        t.expect(await s.people.find('ghost' as PersonId)).toBeUndefined();
      }),
      to,
    );

    t.it(
      'update applies a pure function, returns rejections without writing',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        const person = make.person(T, 'p1');
        await s.people.create(person);
        const seen: unknown[] = [];
        const rejected = await s.people.update(person.id, (_current, context) => {
          seen.push(context);
          return err({ code: 'not-allowed' });
        });
        t.expect(rejected).toEqual(err({ code: 'not-allowed' }));
        t.expect(seen).toEqual([{ version: 1, attempt: 1 }]);
        t.expect((await raw.record(T, 'person', 'p1'))?.version ?? 1).toBe(1);
        const r = await s.people.update(person.id, (current) =>
          ok({ ...current, consentToShare: !current.consentToShare }),
        );
        t.expect(r.ok && r.value.version).toBe(2);
        t.expect((await s.people.get(person.id)).record.consentToShare).toBe(
          !person.consentToShare,
        );
        await expectStorageError(
          t,
          s.people.update('ghost' as PersonId, (c) => ok(c)),
          'not-found',
        );
        await expectStorageError(
          t,
          s.people.update(person.id, (c) => ok({ ...c, id: 'other' as PersonId })),
          'invalid-request',
        );
        t.expect(await raw.record(T, 'person', 'other')).toBeUndefined();
        const plan = make.carePlan(T, 'plan-own', 'p1');
        await s.carePlans.create(plan);
        await expectStorageError(
          t,
          s.carePlans.update(plan.id, (c) =>
            ok({ plan: { ...c, personId: 'p2' as PersonId }, events: [] }),
          ),
          'invalid-request',
        );
        await s.enrolments.create(make.enrolment(T, 'enr-own', 'p1', 'prog-1'));
        await expectStorageError(
          t,
          s.enrolments.update('enr-own' as RecordId, (c) =>
            ok({ ...c, personId: 'p2' as PersonId }),
          ),
          'invalid-request',
        );
        t.expect((await s.carePlans.get(plan.id)).version).toBe(1);
        t.expect((await raw.record(T, 'care-plan', 'plan-own'))?.doc).toMatchObject({
          personId: 'p1',
        });
      }),
      to,
    );

    t.it(
      'care plans: snapshot and events written together, in order, with versions',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        const plan = make.carePlan(T, 'plan-1', 'p1');
        const e1 = make.carePlanEvent(T, 'plan-1', 'e1', 1);
        const e2 = make.carePlanEvent(T, 'plan-1', 'e2', 2);
        const created = await s.carePlans.create(plan, [e1, e2]);
        t.expect(created.plan).toEqual({ record: plan, version: 1 });
        t.expect(created.events.map((e) => [e.version, e.index, e.event.id])).toEqual([
          [1, 0, 'e1'],
          [1, 1, 'e2'],
        ]);
        const e3 = make.carePlanEvent(T, 'plan-1', 'e3', 3);
        const updated = await s.carePlans.update(plan.id, (current) =>
          ok({ plan: current, events: [e3] }),
        );
        t.expect(updated.ok && updated.value.plan.version).toBe(2);
        const rejected = await s.carePlans.update(plan.id, () => err({ code: 'refused' }));
        t.expect(rejected.ok).toBe(false);
        const events = await s.carePlans.events(plan.id);
        t.expect(events.items.map((e) => [e.version, e.index, json(e.event)])).toEqual([
          [1, 0, json(e1)],
          [1, 1, json(e2)],
          [2, 0, json(e3)],
        ]);
        t.expect((await raw.records(T, 'care-plan-event')).length).toBe(3);
        await expectStorageError(t, s.carePlans.save(plan, [], 1), 'conflict');
        const wrongPlan = make.carePlanEvent(T, 'plan-9', 'e9', 4);
        await expectStorageError(t, s.carePlans.save(plan, [wrongPlan], 2), 'invalid-request');
        t.expect((await raw.records(T, 'care-plan-event')).length).toBe(3);
        t.expect((await s.carePlans.get(plan.id)).version).toBe(2);
        await expectStorageError(t, s.carePlans.events('ghost' as RecordId), 'not-found');
      }),
      to,
    );

    t.it(
      'referrals: snapshot and events, changes travel as { referral, events }',
      ctx.withStore(async ({ tenant }) => {
        const s = tenant(T);
        const referral = make.referral(T, 'ref-1', 'p1');
        await s.referrals.create(referral, [make.referralEvent(T, 'ref-1', 'ev-1')]);
        const r = await s.referrals.update(referral.id, (current) =>
          ok({ referral: current, events: [make.referralEvent(T, 'ref-1', 'ev-2', 2)] }),
        );
        t.expect(r.ok && r.value.referral.version).toBe(2);
        const events = await s.referrals.events(referral.id);
        t.expect(events.items.map((e) => [e.version, e.event.id])).toEqual([
          [1, 'ev-1'],
          [2, 'ev-2'],
        ]);
        t.expect((await s.referrals.listByPerson('p1' as PersonId)).items).toHaveLength(1);
      }),
      to,
    );

    t.it(
      'append-only records refuse duplicates; writes are validated and tenant-checked',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        await s.audit.append(make.audit(T, 'a1'));
        await expectStorageError(t, s.audit.append(make.audit(T, 'a1', undefined, 2)), 'duplicate');
        await expectStorageError(t, s.assessments.get('ghost' as RecordId), 'not-found');
        await expectStorageError(
          t,
          s.people.create(make.person('tenant-w', 'p2')),
          'invalid-request',
        );
        const broken = { ...make.person(T, 'p3'), birthDate: 'not a date' };
        await expectStorageError(t, s.people.create(broken as never), 'invalid-request');
        t.expect(await raw.record('tenant-w', 'person', 'p2')).toBeUndefined();
        t.expect(await raw.record(T, 'person', 'p3')).toBeUndefined();
        await expectStorageError(t, s.people.list({ limit: 0 }), 'invalid-request');
        await expectStorageError(
          t,
          s.people.list({ cursor: 'garbage' as never }),
          'invalid-request',
        );
      }),
      to,
    );

    t.it(
      'directory change feed returns each changed record once, at its latest version',
      ctx.withStore(async ({ tenant }) => {
        const s = tenant(T);
        const a = make.organisation(T, 'org-a');
        const b = make.organisation(T, 'org-b', 2);
        await s.organisations.create(a);
        await s.organisations.create(b);
        await s.organisations.save({ ...a, name: 'Renamed' }, 1);
        const first = await s.organisations.changedSince(null);
        t.expect(first.items.map((v) => [v.record.id, v.version])).toEqual([
          ['org-b', 1],
          ['org-a', 2],
        ]);
        t.expect(first.hasMore).toBe(false);
        const quiet = await s.organisations.changedSince(first.cursor);
        t.expect(quiet.items).toEqual([]);
        await s.organisations.save({ ...b, name: 'Also renamed' }, 1);
        const next = await s.organisations.changedSince(quiet.cursor, 1);
        t.expect(next.items.map((v) => [v.record.id, v.version])).toEqual([['org-b', 2]]);
        const small = await s.organisations.changedSince(null, 1);
        t.expect(small.hasMore).toBe(true);
        t.expect((await s.services.changedSince(null)).items).toEqual([]);
      }),
      to,
    );
  });
}
