import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tailorSupport } from './tailor-support.js';

const levels = [1, 2, 3, 4] as const;

describe('tailorSupport', () => {
  it('leads with coaching at levels 1–2 and relapse prevention at level 4', () => {
    expect(tailorSupport(1).items[0]?.kind).toBe('health-coaching');
    expect(tailorSupport(2).items[0]?.kind).toBe('health-coaching');
    expect(tailorSupport(4).items[0]?.kind).toBe('relapse-prevention-planning');
  });

  it('gives small chunks at levels 1–2 and detail at 3–4, unless the format needs simple text', () => {
    expect(levels.map((l) => tailorSupport(l).information)).toEqual([
      'small-chunks',
      'small-chunks',
      'detailed',
      'detailed',
    ]);
    expect(tailorSupport(4, { informationFormat: 'easy-read' }).information).toBe('small-chunks');
  });

  it('does not share the score with people at levels 1–2', () => {
    expect(levels.map((l) => tailorSupport(l).shareScoreWithPerson)).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('respects a refusal of peer support and puts a mental-health need first, at any level', () => {
    const ctx = fc.record({ wantsPeerSupport: fc.boolean(), mentalHealthNeed: fc.boolean() });
    fc.assert(
      fc.property(fc.constantFrom(...levels), ctx, (level, context) => {
        const offer = tailorSupport(level, context);
        const kinds = offer.items.map((i) => i.kind);
        if (!context.wantsPeerSupport) expect(kinds).not.toContain('peer-support');
        expect(kinds[0] === 'mental-health-check').toBe(context.mentalHealthNeed);
        expect(new Set(kinds).size).toBe(kinds.length);
        for (const item of offer.items) expect(item.rationale.length).toBeGreaterThan(10);
      }),
      { numRuns: 50 },
    );
  });
});
