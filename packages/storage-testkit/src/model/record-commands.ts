import { err, ok, type PersonId, type RecordId } from '@livewell/core';
import type { TenantStore } from '@livewell/storage';
import fc from 'fast-check';
import type { TestApi } from '../conformance/context.js';
import { make } from '../fixtures.js';
import { type Cmd, limitArb, mirrored, personIdArb, seedArb, tenantArb, walk } from './mirrored.js';

const referralIdArb = fc.constantFrom('ref-1', 'ref-2');
const enrolmentIdArb = fc.constantFrom('enr-1', 'enr-2');
const programmeIdArb = fc.constantFrom('prog-1', 'prog-2');

/** Commands over assessments, referrals, enrolments and transactions. */
export function moreCommandArbs(t: TestApi): fc.Arbitrary<Cmd>[] {
  return [
    fc
      .tuple(tenantArb, fc.constantFrom('as-1', 'as-2', 'as-3'), personIdArb, seedArb)
      .map(([tn, id, person, seed]) =>
        mirrored(t, `appendAssessment(${tn}, ${id}, ${person})`, tn, (s, key) =>
          s.assessments.append(make.assessment(key, id, person, seed)),
        ),
      ),
    fc
      .tuple(tenantArb, personIdArb, limitArb)
      .map(([tn, person, limit]) =>
        mirrored(t, `assessmentsOf(${tn}, ${person}, ${limit})`, tn, (s) =>
          walk((cursor) =>
            s.assessments.listByPerson(person as PersonId, cursor ? { limit, cursor } : { limit }),
          ),
        ),
      ),
    fc
      .tuple(tenantArb, referralIdArb, personIdArb, seedArb)
      .map(([tn, id, person, seed]) =>
        mirrored(t, `createReferral(${tn}, ${id}, ${person})`, tn, (s, key) =>
          s.referrals.create(make.referral(key, id, person, seed), [
            make.referralEvent(key, id, `${id}-created`, seed),
          ]),
        ),
      ),
    fc
      .tuple(tenantArb, referralIdArb, fc.integer({ min: 0, max: 2 }), fc.boolean())
      .map(([tn, id, n, reject]) =>
        mirrored(
          t,
          `updateReferral(${tn}, ${id}, ${n}${reject ? ', reject' : ''})`,
          tn,
          (s, key, ids: string[]) =>
            s.referrals.update(id as RecordId, (referral) =>
              reject
                ? err({ code: 'rejected' })
                : ok({
                    referral,
                    events: ids.map((e, i) => make.referralEvent(key, id, e, i + 1)),
                  }),
            ),
          async (model) => Array.from({ length: n }, () => model.next('rev')),
        ),
      ),
    fc
      .tuple(tenantArb, referralIdArb)
      .map(([tn, id]) =>
        mirrored(t, `referralEvents(${tn}, ${id})`, tn, (s) =>
          walk((cursor) => s.referrals.events(id as RecordId, cursor ? { cursor } : {})),
        ),
      ),
    fc
      .tuple(tenantArb, enrolmentIdArb, personIdArb, programmeIdArb, seedArb)
      .map(([tn, id, person, programme, seed]) =>
        mirrored(t, `createEnrolment(${tn}, ${id}, ${person}, ${programme})`, tn, (s, key) =>
          s.enrolments.create(make.enrolment(key, id, person, programme, seed)),
        ),
      ),
    fc
      .tuple(tenantArb, programmeIdArb, limitArb)
      .map(([tn, programme, limit]) =>
        mirrored(t, `enrolmentsIn(${tn}, ${programme}, ${limit})`, tn, (s) =>
          walk((cursor) =>
            s.enrolments.listByProgramme(programme, cursor ? { limit, cursor } : { limit }),
          ),
        ),
      ),
    fc.tuple(tenantArb, personIdArb, seedArb, fc.boolean()).map(([tn, person, seed, abort]) =>
      mirrored(
        t,
        `transaction(${tn}, ${person}${abort ? ', abort' : ''})`,
        tn,
        (s, key, auditId: string) =>
          s.transaction(async (tx) => {
            const created = await tx.people.create(make.person(key, person, seed));
            await tx.audit.append(make.audit(key, auditId, person, seed));
            if (abort) throw Object.assign(new RangeError('caller aborted'), { code: 'abort' });
            return created;
          }),
        async (model) => model.next('tx-audit'),
      ),
    ),
    fc
      .tuple(tenantArb, personIdArb, fc.integer({ min: 2, max: 4 }))
      .map(([tn, id, k]) => concurrentSaves(t, tn, id, k)),
  ];
}

/**
 * k saves of one person at the same version, released in an order the scheduler picks: exactly
 * one wins (if the person exists), the rest conflict; the model then applies the winner.
 */
export function concurrentSaves(t: TestApi, tenant: 0 | 1, personId: string, k: number): Cmd {
  return {
    check: () => true,
    toString: () => `concurrentSaves(${tenant}, ${personId}, ${k})`,
    run: async (model, real) => {
      const key = real.tenants[tenant];
      const m = model.stores[key] as TenantStore;
      const r = real.stores[key] as TenantStore;
      const current = await m.people.find(personId as PersonId);
      const version = current?.version ?? 1;
      const candidates = Array.from({ length: k }, (_, i) => make.person(key, personId, i + 1));
      const pending = Promise.allSettled(
        candidates.map((c, i) =>
          real.scheduler
            .schedule(Promise.resolve(i), `start save ${i}`)
            .then(() => r.people.save(c, version)),
        ),
      );
      await real.scheduler.waitAll();
      const results = await pending;
      const codes = results.map((x) =>
        x.status === 'fulfilled' ? 'ok' : (x.reason as { code?: unknown }).code,
      );
      if (current === undefined) {
        t.expect(codes).toEqual(candidates.map(() => 'not-found'));
        return;
      }
      t.expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
      t.expect(codes.filter((c) => c !== 'ok' && c !== 'conflict')).toEqual([]);
      const winner = candidates[codes.indexOf('ok')];
      if (winner !== undefined) await m.people.save(winner, version);
      t.expect(await r.people.get(personId as PersonId)).toEqual(
        await m.people.get(personId as PersonId),
      );
    },
  };
}
