import { describe, expect, it } from 'vitest';
import { score } from '../engine/score.js';
import { PHQ9_ITEM9_FLAG, phq9 } from '../instruments/phq9.js';
import { assessmentFromScored } from './from-scored.js';

const responses = Array.from({ length: 9 }, (_, i) => ({
  itemId: `phq9-${i + 1}`,
  value: i === 8 ? 1 : 2,
}));

describe('assessmentFromScored', () => {
  it('persists total, band, flags and engine provenance', () => {
    const scored = score(phq9, responses);
    if (!scored.ok) throw new Error(scored.error.message);
    const r = assessmentFromScored(scored.value, {
      id: 'a-1',
      tenantId: 'practice-1',
      personId: 'p-1',
      completedAt: '2026-02-01T09:00:00Z',
      responses,
      mode: 'self-completed',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      schemaVersion: 1,
      instrument: { id: 'phq-9', version: '1.0.0' },
      scores: { total: 17, subscales: [] },
      band: { code: 'moderately-severe' },
      provenance: { kind: 'engine', engine: '@livewell/activation', instrumentVersion: '1.0.0' },
    });
    expect(r.value.flags.map((f) => f.code)).toContain(PHQ9_ITEM9_FLAG);
    expect(r.value).not.toHaveProperty('level');
  });

  it('rejects bad ids as a parse error', () => {
    const scored = score(phq9, responses);
    if (!scored.ok) throw new Error(scored.error.message);
    const r = assessmentFromScored(scored.value, {
      id: '',
      tenantId: 'practice-1',
      personId: 'p-1',
      completedAt: 'yesterday',
      responses,
    });
    expect(!r.ok && r.error.code).toBe('invalid-input');
  });
});
