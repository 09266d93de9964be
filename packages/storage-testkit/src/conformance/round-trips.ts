import type { PersonId, RecordId } from '@livewell/core';
import type { RecordKindName, TenantStore } from '@livewell/storage';
import fc from 'fast-check';
import { recordArbs } from '../fixtures.js';
import { type SuiteContext, tenantNamer } from './context.js';

/** JSON-normalised copy, to compare documents whatever the store's encoding. */
export const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

interface KindCase {
  readonly kind: RecordKindName;
  /** Generates one record for (tenant, id, person), stores it, and returns it. */
  readonly arb: (tenant: string, id: string, person: string) => fc.Arbitrary<unknown>;
  store(s: TenantStore, record: unknown): Promise<unknown>;
  read(s: TenantStore, id: string): Promise<unknown>;
  /** Ids listed by the repository's `list`, all pages. */
  listIds(s: TenantStore): Promise<string[]>;
  versioned: boolean;
}

async function allIds<T>(
  page: (cursor: Parameters<TenantStore['people']['list']>[0]) => Promise<{
    items: readonly T[];
    next: unknown;
  }>,
  idOf: (item: T) => string,
): Promise<string[]> {
  const ids: string[] = [];
  let cursor: unknown;
  for (;;) {
    const p = await page(cursor === undefined ? { limit: 7 } : ({ limit: 7, cursor } as never));
    ids.push(...p.items.map(idOf));
    if (p.next === null) return ids;
    cursor = p.next;
  }
}

const vid = (v: { record: { id: string } }) => v.record.id;
const rec = (v: { id: string }) => v.id;

/** One row per repository: how to make, store, read back and list its records. */
export const kindCases: readonly KindCase[] = [
  {
    kind: 'person',
    arb: (t, id) => recordArbs.person(t, id),
    store: (s, r) => s.people.create(r as never),
    read: async (s, id) => (await s.people.get(id as PersonId)).record,
    listIds: (s) => allIds((p) => s.people.list(p), vid),
    versioned: true,
  },
  {
    kind: 'care-plan',
    arb: (t, id, p) => recordArbs.carePlan(t, id, p),
    store: (s, r) => s.carePlans.create(r as never),
    read: async (s, id) => (await s.carePlans.get(id as RecordId)).record,
    listIds: (s) => allIds((p) => s.carePlans.list(p), vid),
    versioned: true,
  },
  {
    kind: 'assessment',
    arb: (t, id, p) => recordArbs.assessment(t, id, p),
    store: (s, r) => s.assessments.append(r as never),
    read: (s, id) => s.assessments.get(id as RecordId),
    listIds: (s) => allIds((p) => s.assessments.list(p), rec),
    versioned: false,
  },
  {
    kind: 'organisation',
    arb: (t, id) => recordArbs.organisation(t, id),
    store: (s, r) => s.organisations.create(r as never),
    read: async (s, id) => (await s.organisations.get(id as RecordId)).record,
    listIds: (s) => allIds((p) => s.organisations.list(p), vid),
    versioned: true,
  },
  {
    kind: 'service',
    arb: (t, id) => recordArbs.service(t, id),
    store: (s, r) => s.services.create(r as never),
    read: async (s, id) => (await s.services.get(id as RecordId)).record,
    listIds: (s) => allIds((p) => s.services.list(p), vid),
    versioned: true,
  },
  {
    kind: 'location',
    arb: (t, id) => recordArbs.location(t, id),
    store: (s, r) => s.locations.create(r as never),
    read: async (s, id) => (await s.locations.get(id as RecordId)).record,
    listIds: (s) => allIds((p) => s.locations.list(p), vid),
    versioned: true,
  },
  {
    kind: 'referral',
    arb: (t, id, p) => recordArbs.referral(t, id, p),
    store: (s, r) => s.referrals.create(r as never),
    read: async (s, id) => (await s.referrals.get(id as RecordId)).record,
    listIds: (s) => allIds((p) => s.referrals.list(p), vid),
    versioned: true,
  },
  {
    kind: 'task',
    arb: (t, id, p) => recordArbs.task(t, id, p),
    store: (s, r) => s.tasks.create(r as never),
    read: async (s, id) => (await s.tasks.get(id as RecordId)).record,
    listIds: (s) => allIds((p) => s.tasks.list(p), vid),
    versioned: true,
  },
  {
    kind: 'programme',
    arb: (t, id) => recordArbs.programme(t, id),
    store: (s, r) => s.programmes.create(r as never),
    read: async (s, id) => (await s.programmes.get(id as RecordId)).record,
    listIds: (s) => allIds((p) => s.programmes.list(p), vid),
    versioned: true,
  },
  {
    kind: 'enrolment',
    arb: (t, id, p) => recordArbs.enrolment(t, id, p, 'programme-1'),
    store: (s, r) => s.enrolments.create(r as never),
    read: async (s, id) => (await s.enrolments.get(id as RecordId)).record,
    listIds: (s) => allIds((p) => s.enrolments.list(p), vid),
    versioned: true,
  },
  {
    kind: 'practitioner-assessment',
    arb: (t, id, p) => recordArbs.practitionerAssessment(t, id, `pr-${p}`),
    store: (s, r) => s.practitionerAssessments.append(r as never),
    read: (s, id) => s.practitionerAssessments.get(id as RecordId),
    listIds: (s) => allIds((p) => s.practitionerAssessments.list(p), rec),
    versioned: false,
  },
  {
    kind: 'practice-assessment',
    arb: (t, id, p) => recordArbs.practiceAssessment(t, id, `practice-${p}`),
    store: (s, r) => s.practiceAssessments.append(r as never),
    read: (s, id) => s.practiceAssessments.get(id as RecordId),
    listIds: (s) => allIds((p) => s.practiceAssessments.list(p), rec),
    versioned: false,
  },
  {
    kind: 'practitioner-place',
    arb: (t, id, p) => recordArbs.practitionerPlace(t, id, `pr-${p}`),
    store: (s, r) => s.practitionerPlaces.create(r as never),
    read: async (s, id) => (await s.practitionerPlaces.get(id as RecordId)).record,
    listIds: (s) => allIds((p) => s.practitionerPlaces.list(p), vid),
    versioned: true,
  },
  {
    kind: 'improvement',
    arb: (t, id, p) => recordArbs.improvement(t, id, `practice-${p}`),
    store: (s, r) => s.improvements.create(r as never),
    read: async (s, id) => (await s.improvements.get(id as RecordId)).record,
    listIds: (s) => allIds((p) => s.improvements.list(p), vid),
    versioned: true,
  },
  {
    kind: 'audit-event',
    arb: (t, id, p) => recordArbs.audit(t, id, p),
    store: (s, r) => s.audit.append(r as never),
    read: (s, id) => s.audit.get(id as RecordId),
    listIds: (s) => allIds((p) => s.audit.list(p), rec),
    versioned: false,
  },
];

/** Every kind: what is stored is what is read back, what reached storage, and what is listed. */
export function roundTripSuite(ctx: SuiteContext): void {
  const { t } = ctx;
  t.describe('round-trips', () => {
    for (const c of kindCases) {
      t.it(
        `${c.kind}: stored, read back, listed and found raw exactly as written`,
        ctx.withStore(async (bed) => {
          const nextTenant = tenantNamer(`rt-${c.kind}-`);
          await ctx.withSeed(() =>
            fc.assert(
              fc.asyncProperty(
                fc
                  .array(fc.constant(null), { minLength: 1, maxLength: 3 })
                  .chain((slots) =>
                    fc.tuple(...slots.map((_, i) => c.arb('placeholder', `r-${i}`, `person-${i}`))),
                  ),
                async (records) => {
                  const tenant = nextTenant();
                  const s = bed.tenant(tenant);
                  const mine = records.map((r) => json({ ...(r as object), tenantId: tenant }));
                  for (const r of mine) await c.store(s, r);
                  for (const r of mine) {
                    const id = (r as { id: string }).id;
                    t.expect(json(await c.read(s, id))).toEqual(r);
                    const raw = await bed.raw.record(tenant, c.kind, id);
                    t.expect(raw, `raw ${c.kind} ${id} missing`).toBeDefined();
                    t.expect(json(raw?.doc)).toEqual(r);
                    if (c.versioned && raw?.version !== undefined) t.expect(raw.version).toBe(1);
                  }
                  const ids = mine.map((r) => (r as { id: string }).id);
                  t.expect([...(await c.listIds(s))].sort()).toEqual([...ids].sort());
                  t.expect((await bed.raw.records(tenant, c.kind)).length).toBe(ids.length);
                },
              ),
              ctx.property(Math.max(3, Math.ceil(ctx.numRuns / 3))),
            ),
          );
        }),
        ctx.options.timeout,
      );
    }
  });
}
