// Issue 12 (flags can never be lost): every outcome of scoring, scored or unscorable, becomes an
// assessment the store keeps, with its flags and missing items. Uses the memory store through
// the library's own path: score → assessmentFromScoring → assessments.append → read back.
import { type PersonId, subjectKindOfInstrument, type TenantId } from '@livewell/core';
import { createMemoryStore } from '@livewell/storage';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flagsOf, urgentFlags } from '../engine/flags-of.js';
import { score } from '../engine/score.js';
import type { Responses } from '../engine/types.js';
import { PHQ9_ITEM9_FLAG, PHQ9_ITEM9_UNANSWERED_FLAG, phq9 } from '../instruments/phq9.js';
import { shippedInstruments } from '../instruments/shipped.js';
import { responsesFor } from '../test-support/instruments.js';
import { assessmentFromScoring } from './from-scored.js';

const tenantId = 'practice-1' as TenantId;
const personId = 'person-1' as PersonId;

/** Scores, builds the assessment and stores it; returns the result and what the store gives back. */
async function scoreAndStore(definition: typeof phq9, responses: unknown, id: string) {
  const store = createMemoryStore().forTenant(tenantId);
  const result = score(definition, responses as Responses);
  const list = Array.isArray(responses)
    ? responses
    : (responses as { responses?: unknown } | null)?.responses;
  const assessment = assessmentFromScoring(result, {
    id,
    tenantId,
    personId,
    completedAt: '2026-03-01T10:00:00Z',
    responses: (Array.isArray(list) ? list : []) as never,
  });
  if (!assessment.ok) throw new Error(assessment.error.message);
  await store.assessments.append(assessment.value);
  const page = await store.assessments.listByPerson(personId);
  return { result, stored: page.items.find((a) => a.id === id) };
}

describe('flags are never lost between scoring and storage', () => {
  it('stores an unscorable PHQ-9 with item 9 = 2: status, urgent flag and missing items', async () => {
    const responses = [
      { itemId: 'phq9-1', value: 1 },
      { itemId: 'phq9-2', value: 2 },
      { itemId: 'phq9-9', value: 2 },
    ];
    const { result, stored } = await scoreAndStore(phq9, responses, 'a-unscorable');
    expect(!result.ok && result.error.code).toBe('too-many-missing');
    expect(urgentFlags(result).map((f) => f.code)).toEqual([PHQ9_ITEM9_FLAG]);
    expect(stored).toMatchObject({
      status: 'unscorable',
      instrument: { id: 'phq-9', version: phq9.version },
      unscored: { code: 'too-many-missing', answered: 3 },
      missingItems: ['phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8'],
      responses,
    });
    expect(stored?.flags).toEqual([
      expect.objectContaining({ code: PHQ9_ITEM9_FLAG, severity: 'urgent', itemId: 'phq9-9' }),
    ]);
    expect(stored).not.toHaveProperty('scores');
  });

  it('names a skipped item 9 and raises the "safety item not answered" review flag', async () => {
    const responses = Array.from({ length: 8 }, (_, i) => ({ itemId: `phq9-${i + 1}`, value: 1 }));
    const { result, stored } = await scoreAndStore(phq9, responses, 'a-skipped');
    expect(!result.ok && [result.error.code, result.error.missingItems]).toEqual([
      'too-many-missing',
      ['phq9-9'],
    ]);
    expect(stored?.missingItems).toEqual(['phq9-9']);
    expect(stored?.flags).toEqual([
      expect.objectContaining({
        code: PHQ9_ITEM9_UNANSWERED_FLAG,
        severity: 'review',
        itemId: 'phq9-9',
      }),
    ]);
  });

  it('keeps an urgent flag raised beside an invalid answer (out of range elsewhere)', async () => {
    const responses = [
      ...Array.from({ length: 8 }, (_, i) => ({ itemId: `phq9-${i + 1}`, value: i === 0 ? 7 : 0 })),
      { itemId: 'phq9-9', value: 1 },
    ];
    const { stored } = await scoreAndStore(phq9, responses, 'a-invalid');
    expect(stored).toMatchObject({ status: 'unscorable', unscored: { code: 'out-of-range' } });
    expect(stored?.missingItems).toEqual(['phq9-1']);
    expect(stored?.flags.map((f) => f.code)).toEqual([PHQ9_ITEM9_FLAG]);
    expect(stored?.responses.map((r) => r.itemId)).toContain('phq9-9');
  });

  // Instruments about a practice (the readiness checklists) are never stored against a person.
  const personInstruments = Object.values(shippedInstruments).filter(
    (d) => subjectKindOfInstrument(d.id) === 'person',
  );
  it.each(personInstruments)(
    'for random responses to $shortName, every flag (urgent ones included) survives into storage',
    async (definition) => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(responsesFor(definition), async (responses) => {
          n += 1;
          const { result, stored } = await scoreAndStore(definition, responses, `a-${n}`);
          expect(stored).toBeDefined();
          expect(stored?.flags).toEqual(flagsOf(result));
          for (const flag of urgentFlags(result)) expect(stored?.flags).toContainEqual(flag);
          const missing = result.ok ? result.value.missingItems : result.error.missingItems;
          expect(stored?.missingItems).toEqual(missing);
          expect(stored?.status ?? 'scored').toBe(result.ok ? 'scored' : 'unscorable');
        }),
        { numRuns: 150 },
      );
    },
  );
});
