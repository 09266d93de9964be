import type { LicensedResult } from '@livewell/core';
import { licensedResultArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelUnderCutPoints, pamCutPointSets } from './cut-points.js';
import { csPam, pam13, swemwbs } from './descriptors.js';
import { recordLicensedResult } from './record-licensed-result.js';
import { scoreExternally } from './score-externally.js';

const context = {
  id: 'a-1',
  tenantId: 'practice-1',
  personId: 'p-1',
  completedAt: '2026-03-01T10:00:00Z',
};

const pamResult = (score: number, level: 1 | 2 | 3 | 4): LicensedResult => ({
  kind: 'activation',
  instrument: { id: 'pam-13', version: '13' },
  scorer: { id: 'licensed-scorer', name: 'Licensed scorer', version: '5' },
  licenceReference: 'LIC-0042',
  scoredAt: '2026-03-01T10:05:00Z',
  score,
  level,
});

describe('recordLicensedResult', () => {
  it('stores score and level exactly as returned, with provenance', () => {
    fc.assert(
      fc.property(licensedResultArb, (raw) => {
        if (raw.kind !== 'activation') return;
        const result = { ...raw, instrument: { id: 'pam-13', version: raw.instrument.version } };
        const r = recordLicensedResult(pam13, result, { ...context, checkLevelAgainst: 'none' });
        if (!r.ok) throw new Error(r.error.message);
        const a = r.value.assessment;
        expect(a.scores.total).toBe(result.score);
        expect(a.level).toBe(result.level);
        expect(a.provenance).toEqual({
          kind: 'licensed-scorer',
          scorer: result.scorer,
          licenceReference: result.licenceReference,
          instrumentVersion: result.instrument.version,
          scoredAt: result.scoredAt,
        });
        expect(r.value.warnings).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the scorer’s level and only warns when it disagrees with the chosen cut points', () => {
    const r = recordLicensedResult(pam13, pamResult(70, 4), context);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.assessment.level).toBe(4);
    expect(r.value.warnings).toMatchObject([
      {
        code: 'level-disagrees-with-cut-points',
        suppliedLevel: 4,
        levelUnderSet: 3,
        otherSetAgrees: true,
      },
    ]);
    const older = recordLicensedResult(pam13, pamResult(70, 4), {
      ...context,
      checkLevelAgainst: 'hibbard-era',
    });
    expect(older.ok && older.value.warnings).toEqual([]);
  });

  it('places the published boundaries of both sets', () => {
    const cur = pamCutPointSets.current;
    const old = pamCutPointSets['hibbard-era'];
    expect([47, 47.1, 55.1, 55.2, 72.4, 72.5].map((s) => levelUnderCutPoints(s, cur))).toEqual([
      1, 2, 2, 3, 3, 4,
    ]);
    expect([67, 67.1, 100, 0].map((s) => levelUnderCutPoints(s, old))).toEqual([3, 4, 4, 1]);
  });

  it('rejects results for another instrument, of the wrong kind, or out of range', () => {
    const code = (descriptor: typeof pam13, input: unknown) => {
      const r = recordLicensedResult(descriptor, input, context);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code(swemwbs, pamResult(50, 2))).toBe('wrong-instrument');
    expect(
      code(swemwbs, { ...pamResult(50, 2), instrument: { id: 'swemwbs', version: '1' } }),
    ).toBe('wrong-result-kind');
    // CS-PAM is about a practitioner: a type error here, and refused for untyped callers.
    // @ts-expect-error a practitioner's instrument is not a patient's
    expect(code(csPam, { ...pamResult(50, 2), instrument: { id: 'cs-pam', version: '1' } })).toBe(
      'wrong-subject',
    );
    expect(code(pam13, pamResult(50.25, 2))).toBe('invalid-input');
    expect(code(pam13, { ...pamResult(50, 2), level: 5 })).toBe('invalid-input');
    expect(code(pam13, { ...pamResult(50, 2), score: 101 })).toBe('invalid-input');
    const sw = {
      ...pamResult(50, 2),
      kind: 'scale',
      instrument: { id: 'swemwbs', version: '1' },
      score: 40,
    };
    expect(code(swemwbs, sw)).toBe('score-out-of-range');
    expect(code(swemwbs, { ...sw, score: 23.21 })).toBe('ok');
    expect(code(pam13, 'nonsense')).toBe('invalid-input');
  });
});

describe('scoreExternally', () => {
  const request = { instrument: { id: 'pam-13', version: '13' }, responses: [] };

  it('records what the scorer returns', async () => {
    const r = await scoreExternally(
      { score: async () => ({ ok: true, value: pamResult(61.9, 3) }) },
      pam13,
      request,
      context,
    );
    expect(r.ok && r.value.assessment.scores.total).toBe(61.9);
  });

  it('passes scorer errors through and turns a throw into scorer-error', async () => {
    const refused = await scoreExternally(
      {
        score: async () => ({ ok: false, error: { code: 'licence-invalid', message: 'expired' } }),
      },
      pam13,
      request,
      context,
    );
    expect(!refused.ok && refused.error.code).toBe('licence-invalid');
    const thrown = await scoreExternally(
      {
        score: async () => {
          throw new Error('network');
        },
      },
      pam13,
      request,
      context,
    );
    expect(!thrown.ok && thrown.error.code).toBe('scorer-error');
  });
});
