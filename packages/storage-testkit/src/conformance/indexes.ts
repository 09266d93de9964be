import type { PersonId, RecordId } from '@livewell/core';
import { make } from '../fixtures.js';
import type { SuiteContext } from './context.js';

const T = 'tenant-i';

/** Listings by person and by programme return exactly the matching records, in order. */
export function indexSuite(ctx: SuiteContext): void {
  const { t } = ctx;
  t.describe('indexed listings', () => {
    t.it(
      'listByPerson and listByProgramme return exactly the matching records',
      ctx.withStore(async ({ tenant }) => {
        const s = tenant(T);
        for (const [n, p] of ['p1', 'p2'].entries()) {
          for (const k of [2, 1]) {
            const seed = n * 10 + k;
            await s.carePlans.create(make.carePlan(T, `plan-${p}-${k}`, p, seed));
            await s.assessments.append(make.assessment(T, `as-${p}-${k}`, p, seed));
            await s.referrals.create(make.referral(T, `ref-${p}-${k}`, p, seed));
            await s.enrolments.create(make.enrolment(T, `enr-${p}-${k}`, p, `prog-${k}`, seed));
            await s.audit.append(make.audit(T, `au-${p}-${k}`, p, seed));
          }
        }
        const p1 = 'p1' as PersonId;
        const ids = (items: readonly { record: { id: string } }[]) => items.map((v) => v.record.id);
        t.expect(ids((await s.carePlans.listByPerson(p1)).items)).toEqual([
          'plan-p1-1',
          'plan-p1-2',
        ]);
        t.expect(ids((await s.referrals.listByPerson(p1)).items)).toEqual(['ref-p1-1', 'ref-p1-2']);
        t.expect(ids((await s.enrolments.listByPerson(p1)).items)).toEqual([
          'enr-p1-1',
          'enr-p1-2',
        ]);
        t.expect((await s.assessments.listByPerson(p1)).items.map((a) => a.id)).toEqual([
          'as-p1-2',
          'as-p1-1',
        ]);
        t.expect((await s.audit.listByPerson(p1)).items.map((a) => a.id)).toEqual([
          'au-p1-2',
          'au-p1-1',
        ]);
        t.expect(ids((await s.enrolments.listByProgramme('prog-1')).items)).toEqual([
          'enr-p1-1',
          'enr-p2-1',
        ]);
        const firstPage = await s.enrolments.listByProgramme('prog-2', { limit: 1 });
        t.expect(ids(firstPage.items)).toEqual(['enr-p1-2']);
        t.expect(firstPage.next).not.toBeNull();
        const second = await s.enrolments.listByProgramme('prog-2', {
          limit: 1,
          ...(firstPage.next === null ? {} : { cursor: firstPage.next }),
        });
        t.expect(ids(second.items)).toEqual(['enr-p2-2']);
        t.expect((await s.carePlans.listByPerson('nobody' as PersonId)).items).toEqual([]);
        t.expect((await s.referrals.find('ref-p2-1' as RecordId))?.version).toBe(1);
      }),
      ctx.options.timeout,
    );
  });
}
