import { ok, type PersonId, type RecordId } from '@livewell/core';
import type { RecordKindName, TenantStore } from '@livewell/storage';
import { make } from '../fixtures.js';
import type { RawReader } from '../harness.js';
import type { SuiteContext, TestBed } from './context.js';
import { expectStorageError } from './expect-error.js';
import { json } from './round-trips.js';

const watched: readonly RecordKindName[] = [
  'person',
  'care-plan',
  'care-plan-event',
  'assessment',
  'referral',
  'referral-event',
  'enrolment',
  'audit-event',
];

/** Everything stored for a tenant, as comparable JSON. */
async function rawState(raw: RawReader, tenant: string): Promise<unknown> {
  const state: Record<string, unknown> = {};
  for (const kind of watched) {
    const records = await raw.records(tenant, kind);
    state[kind] = records.map((r) => JSON.stringify(json(r))).sort();
  }
  return state;
}

interface Scenario {
  readonly name: string;
  setup(s: TenantStore, tenant: string): Promise<void>;
  act(s: TenantStore, tenant: string): Promise<unknown>;
}

const scenarios: readonly Scenario[] = [
  {
    name: 'care-plan create with events',
    setup: async () => {},
    act: (s, t) =>
      s.carePlans.create(make.carePlan(t, 'plan-a', 'p1'), [
        make.carePlanEvent(t, 'plan-a', 'e1', 1),
        make.carePlanEvent(t, 'plan-a', 'e2', 2),
      ]),
  },
  {
    name: 'care-plan update appending events',
    setup: async (s, t) => {
      await s.carePlans.create(make.carePlan(t, 'plan-a', 'p1'), [
        make.carePlanEvent(t, 'plan-a', 'e0'),
      ]);
    },
    act: (s, t) =>
      s.carePlans.update('plan-a' as RecordId, (plan) =>
        ok({
          plan: { ...plan, personId: plan.personId },
          events: [
            make.carePlanEvent(t, 'plan-a', 'e1', 1),
            make.carePlanEvent(t, 'plan-a', 'e2', 2),
          ],
        }),
      ),
  },
  {
    name: 'transaction over several repositories',
    setup: async () => {},
    act: (s, t) =>
      s.transaction(async (tx) => {
        await tx.people.create(make.person(t, 'p1'));
        await tx.assessments.append(make.assessment(t, 'as-1', 'p1'));
        await tx.audit.append(make.audit(t, 'au-1', 'p1'));
      }),
  },
  {
    name: 'erasure of a person',
    setup: async (s, t) => {
      await s.people.create(make.person(t, 'p1'));
      await s.carePlans.create(make.carePlan(t, 'plan-a', 'p1'), [
        make.carePlanEvent(t, 'plan-a', 'e0'),
      ]);
      await s.assessments.append(make.assessment(t, 'as-1', 'p1'));
      await s.referrals.create(make.referral(t, 'ref-1', 'p1'), [
        make.referralEvent(t, 'ref-1', 'r0'),
      ]);
    },
    act: (s) =>
      s.erasePerson('p1' as PersonId, {
        auditId: 'erasure-1' as RecordId,
        at: '2026-01-01T00:00:00Z',
        actor: { kind: 'system', name: 'testkit' },
      }),
  },
];

async function failAtEveryWrite(ctx: SuiteContext, bed: TestBed, scenario: Scenario) {
  const { t } = ctx;
  const probe = 'atom-probe';
  await scenario.setup(bed.tenant(probe), probe);
  bed.faults.arm(Number.POSITIVE_INFINITY);
  await scenario.act(bed.tenant(probe), probe);
  bed.faults.disarm();
  const writes = bed.faults.writes.length;
  t.expect(
    writes,
    'the adapter never called faults.beforeWrite: wire the hook into every write',
  ).toBeGreaterThan(0);
  for (let k = 1; k <= writes; k++) {
    const tenant = `atom-${k}`;
    const s = bed.tenant(tenant);
    await scenario.setup(s, tenant);
    const before = await rawState(bed.raw, tenant);
    bed.faults.arm(k);
    await expectStorageError(t, scenario.act(s, tenant), 'storage-unavailable');
    bed.faults.disarm();
    t.expect(bed.faults.fired).toBe(true);
    t.expect(
      await rawState(bed.raw, tenant),
      `partial write visible after failing write ${k}`,
    ).toEqual(before);
    await scenario.act(s, tenant);
  }
}

/** Atomicity: a failure between writes leaves nothing partial; thrown transactions roll back. */
export function atomicitySuite(ctx: SuiteContext): void {
  const { t } = ctx;
  const to = ctx.options.timeout;
  t.describe('atomicity', () => {
    for (const scenario of scenarios) {
      const name = `${scenario.name}: a failure at any write leaves nothing partial`;
      if (!ctx.options.capabilities.faultInjection) {
        t.it.skip(`${name} (adapter declares capabilities.faultInjection: false)`, () => {});
        continue;
      }
      t.it(
        name,
        ctx.withStore((bed) => failAtEveryWrite(ctx, bed, scenario)),
        to,
      );
    }

    t.it(
      'a transaction whose function throws rolls back every write and rethrows',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant('atom-throw');
        const before = await rawState(raw, 'atom-throw');
        const boom = new RangeError('caller failure');
        await t
          .expect(
            s.transaction(async (tx) => {
              await tx.people.create(make.person('atom-throw', 'p1'));
              await tx.carePlans.create(make.carePlan('atom-throw', 'plan-a', 'p1'));
              throw boom;
            }),
          )
          .rejects.toBe(boom);
        t.expect(await rawState(raw, 'atom-throw')).toEqual(before);
        t.expect(await s.people.find('p1' as PersonId)).toBeUndefined();
      }),
      to,
    );

    t.it(
      'a conflict inside a transaction is not retried and rolls the transaction back',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant('atom-conflict');
        await s.people.create(make.person('atom-conflict', 'p1'));
        const before = await rawState(raw, 'atom-conflict');
        await expectStorageError(
          t,
          s.transaction(async (tx) => {
            await tx.audit.append(make.audit('atom-conflict', 'au-1'));
            await tx.people.save(make.person('atom-conflict', 'p1', 2), 7);
          }),
          'conflict',
        );
        t.expect(await rawState(raw, 'atom-conflict')).toEqual(before);
        const committed = await s.transaction(async (tx) => {
          await tx.audit.append(make.audit('atom-conflict', 'au-2'));
          return tx.people.update('p1' as PersonId, (p) => ok(p));
        });
        t.expect(committed.ok && committed.value.version).toBe(2);
        t.expect(await s.audit.find('au-2' as RecordId)).toBeDefined();
      }),
      to,
    );
  });
}
