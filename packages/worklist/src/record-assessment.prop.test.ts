// Issue 12 acceptance: for every urgent flag an open task exists in storage after the library's
// own record path, for random responses of every shipped instrument, on memory and PGlite.
import {
  assessmentFromScoring,
  PHQ9_ITEM9_FLAG,
  PHQ9_ITEM9_UNANSWERED_FLAG,
  phq9,
  score,
  shippedInstruments,
} from '@livewell/activation';
import {
  type InstrumentDefinition,
  type ItemResponse,
  type PersonId,
  type RecordId,
  subjectKindOfInstrument,
  type TenantId,
} from '@livewell/core';
import type { Store, TenantStore } from '@livewell/storage';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AtomicStore, recordAssessment } from './record-assessment.js';
import { taskIdFor } from './task-id.js';
import { responsesArb } from './test-support/responses.js';
import { policy } from './test-support/scenario.js';
import { adapters } from './test-support/stores.js';

/** Compile-time check: a storage `TenantStore` is an `AtomicStore` (ADR 0009). */
const fits = (store: TenantStore): AtomicStore => store;
void fits;

const tenantId = 'riverside-surgery' as TenantId;
const personId = 'person-1' as PersonId;
let counter = 0;

const assess = (definition: InstrumentDefinition, responses: readonly ItemResponse[]) => {
  counter += 1;
  const built = assessmentFromScoring(score(definition, responses), {
    id: `assessment-${counter}`,
    tenantId,
    personId,
    completedAt: '2027-01-11T09:00:00Z',
    responses,
  });
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
};

describe.each(adapters)('recordAssessment on %s', (_name, open) => {
  let store: Store;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });

  // Instruments about a practice (readiness checklists) are never stored as a patient's (issue 16).
  it.each(
    Object.values(shippedInstruments)
      .filter((d) => subjectKindOfInstrument(d.id) === 'person')
      .map((d) => [d.id, d] as const),
  )('every urgent flag of %s has an open urgent task in storage', async (_id, definition) => {
    const practice = store.forTenant(tenantId);
    await fc.assert(
      fc.asyncProperty(responsesArb(definition), async (responses) => {
        const assessment = assess(definition, responses);
        const recorded = await recordAssessment(practice, assessment, { policy });
        if (!recorded.ok) throw new Error(recorded.error.message);
        const stored = await practice.assessments.get(assessment.id);
        expect(stored.flags).toEqual(assessment.flags);
        for (const flag of assessment.flags.filter((f) => f.severity === 'urgent')) {
          const task = (await practice.tasks.get(taskIdFor(assessment.id, flag.code))).record;
          expect(task).toMatchObject({
            status: 'open',
            priority: 'urgent',
            reason: { kind: 'assessment-flag', assessmentId: assessment.id, flagCode: flag.code },
          });
        }
      }),
      { numRuns: 15 },
    );
  });

  it('refuses an assessment of another tenant with a typed error and writes nothing (fuzz finding)', async () => {
    const other = store.forTenant('other-practice' as TenantId);
    const assessment = assess(phq9, [
      { itemId: 'phq9-1', value: 1 },
      { itemId: 'phq9-9', value: 2 },
    ]);
    const recorded = await recordAssessment(other, assessment, { policy });
    expect(recorded.ok ? 'ok' : recorded.error.issues[0]?.path).toEqual(['tenantId']);
    expect(await other.assessments.find(assessment.id)).toBeUndefined();
    expect((await other.tasks.listByPerson(personId)).items).toEqual([]);
  });

  it('stores an unscorable PHQ-9 with item 9 = 2 and finds it and its open urgent task', async () => {
    const practice = store.forTenant(tenantId);
    const assessment = assess(phq9, [
      { itemId: 'phq9-1', value: 1 },
      { itemId: 'phq9-9', value: 2 },
    ]);
    const first = await recordAssessment(practice, assessment, { policy });
    const again = await recordAssessment(practice, assessment, { policy });
    expect(first.ok && first.value.opened).toBe(1);
    expect(again.ok && again.value.opened).toBe(0);
    const stored = await practice.assessments.get(assessment.id);
    expect(stored).toMatchObject({
      status: 'unscorable',
      missingItems: expect.arrayContaining(['phq9-2', 'phq9-8']),
    });
    expect(stored.flags.map((f) => f.code)).toEqual([PHQ9_ITEM9_FLAG]);
    const tasks = (await practice.tasks.listByPerson(personId)).items.map((v) => v.record);
    const urgent = tasks.filter(
      (t) => t.reason.kind === 'assessment-flag' && t.reason.assessmentId === assessment.id,
    );
    expect(urgent).toEqual([expect.objectContaining({ status: 'open', priority: 'urgent' })]);
    expect(
      (await practice.tasks.events(taskIdFor(assessment.id, PHQ9_ITEM9_FLAG))).items,
    ).toHaveLength(1);
  });

  it('opens a review task when item 9 is skipped', async () => {
    const practice = store.forTenant(tenantId);
    const responses = Array.from({ length: 8 }, (_, i) => ({ itemId: `phq9-${i + 1}`, value: 1 }));
    const assessment = assess(phq9, responses);
    const recorded = await recordAssessment(practice, assessment, { policy });
    expect(recorded.ok && recorded.value.tasks.map((t) => [t.priority, t.reason])).toEqual([
      [
        'high',
        {
          kind: 'assessment-flag',
          assessmentId: assessment.id,
          flagCode: PHQ9_ITEM9_UNANSWERED_FLAG,
          itemId: 'phq9-9',
        },
      ],
    ]);
  });

  it('refuses input that is not an assessment, writing nothing', async () => {
    const practice = store.forTenant(tenantId);
    const recorded = await recordAssessment(practice, { id: 'x' }, { policy });
    expect(!recorded.ok && recorded.error.code).toBe('invalid-input');
    expect(await practice.assessments.find('x' as RecordId)).toBeUndefined();
  });
});
