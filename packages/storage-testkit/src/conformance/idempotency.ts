import { ok, type RecordId } from '@livewell/core';
import { make } from '../fixtures.js';
import type { SuiteContext } from './context.js';
import { expectStorageError } from './expect-error.js';
import { json } from './round-trips.js';

const T = 'tenant-i';

/** Idempotent commands: a `commandId` already committed returns its original result. */
export function idempotencySuite(ctx: SuiteContext): void {
  const { t } = ctx;
  const to = ctx.options.timeout;
  t.describe('idempotent commands', () => {
    t.it(
      'an update repeated with its commandId returns the original result and writes nothing',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        const plan = make.carePlan(T, 'plan-i', 'p1');
        await s.carePlans.create(plan);
        let calls = 0;
        const checkIn = () =>
          s.carePlans.update(
            plan.id,
            (current) => {
              calls += 1;
              // A fresh event id on every call, as an application building it anew would make.
              return ok({
                plan: current,
                events: [make.carePlanEvent(T, 'plan-i', `check-in-${calls}`, calls)],
              });
            },
            { commandId: 'cmd-check-in' },
          );
        const first = await checkIn();
        const again = await checkIn();
        t.expect(calls).toBe(1);
        t.expect(json(again)).toEqual(json(first));
        t.expect(first.ok && first.value.plan.version).toBe(2);
        t.expect((await s.carePlans.get(plan.id)).version).toBe(2);
        t.expect((await raw.records(T, 'care-plan-event')).length).toBe(1);
        t.expect((await raw.records(T, 'command-receipt')).length).toBe(1);
        // A later command changes the plan; the repeat still answers what the command did.
        await s.carePlans.update(plan.id, (current) =>
          ok({ plan: current, events: [make.carePlanEvent(T, 'plan-i', 'later', 9)] }),
        );
        t.expect(json(await checkIn())).toEqual(json(first));
        t.expect((await raw.records(T, 'care-plan-event')).length).toBe(2);
        // The same key for another record is a mistake, refused.
        await s.carePlans.create(make.carePlan(T, 'plan-j', 'p1'));
        await expectStorageError(
          t,
          s.carePlans.update('plan-j' as RecordId, (c) => ok({ plan: c, events: [] }), {
            commandId: 'cmd-check-in',
          }),
          'invalid-request',
        );
        await expectStorageError(
          t,
          s.carePlans.update(plan.id, (c) => ok({ plan: c, events: [] }), { commandId: '' }),
          'invalid-request',
        );
      }),
      to,
    );

    t.it(
      'a create repeated with its commandId returns the original result, not a duplicate',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        const referral = make.referral(T, 'ref-i', 'p1');
        const events = [make.referralEvent(T, 'ref-i', 'ev-1')];
        const first = await s.referrals.create(referral, events, { commandId: 'cmd-refer' });
        const again = await s.referrals.create(referral, events, { commandId: 'cmd-refer' });
        t.expect(json(again)).toEqual(json(first));
        await expectStorageError(t, s.referrals.create(referral, events), 'duplicate');
        t.expect((await raw.records(T, 'referral-event')).length).toBe(1);
      }),
      to,
    );

    t.it(
      `${ctx.writers} concurrent calls of one command apply it once and all answer the same`,
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        const plan = make.carePlan(T, 'plan-k', 'p1');
        await s.carePlans.create(plan);
        const results = await Promise.all(
          Array.from({ length: ctx.writers }, (_, i) =>
            s.carePlans.update(
              plan.id,
              (current) =>
                ok({ plan: current, events: [make.carePlanEvent(T, 'plan-k', `twin-${i}`, i)] }),
              { commandId: 'cmd-twins', maxAttempts: ctx.writers + 1 },
            ),
          ),
        );
        const answers = new Set(results.map((r) => JSON.stringify(json(r))));
        t.expect(answers.size).toBe(1);
        t.expect((await s.carePlans.get(plan.id)).version).toBe(2);
        t.expect((await raw.records(T, 'care-plan-event')).length).toBe(1);
      }),
      to,
    );
  });
}
