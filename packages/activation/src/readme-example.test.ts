import { describe, expect, it } from 'vitest';
import { assessmentFromScoring, phq9, score, tailorSupport, urgentFlags } from './index.js';

describe('README example', () => {
  it('works as written', () => {
    const responses = [1, 0, 2, 1, 0, 0, 1, 0, 1].map((value, i) => ({
      itemId: `phq9-${i + 1}`,
      value,
    }));
    const result = score(phq9, responses);
    expect(urgentFlags(result).length).toBe(1);
    if (!result.ok) throw new Error(result.error.message);
    expect([result.value.total, result.value.band?.label]).toEqual([6, 'Mild']);
    const a = assessmentFromScoring(result, {
      id: 'a-1',
      tenantId: 't-1',
      personId: 'p-1',
      completedAt: '2026-03-01T10:00:00Z',
      responses,
    });
    expect(a.ok).toBe(true);
    expect(tailorSupport(1, { informationFormat: 'easy-read' }).items[0]?.kind).toBe(
      'health-coaching',
    );
  });
});
