import { assessmentArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentFromScored, assessmentFromScoring } from './assessment/from-scored.js';
import { compareAssessments } from './change/compare-assessments.js';
import { cohortReport } from './cohort/cohort-report.js';
import { utilisationByLevel } from './cohort/utilisation.js';
import { pam13 } from './licensed/descriptors.js';
import { scoreExternally } from './licensed/score-externally.js';

/**
 * Regressions found by the fuzz suite: each of these threw a TypeError (or, for
 * `scoreExternally`, returned something that is not a Result) on a value the caller passed.
 */
const throwing = new Proxy(
  {},
  {
    get: () => {
      throw new Error('hostile');
    },
  },
);
const context = {
  id: 'a-1',
  tenantId: 'practice-1',
  personId: 'p-1',
  completedAt: '2026-03-01T10:00:00Z',
  responses: [],
};
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
const [a, b] = fc.sample(assessmentArb, { numRuns: 2, seed: 5 });

describe('activation entry points refuse what they cannot read', () => {
  it('assessmentFromScored and assessmentFromScoring', () => {
    for (const bad of [null, {}, throwing, { instrument: throwing }]) {
      expect(code(assessmentFromScored(bad as never, context))).toBe('invalid-input');
    }
    for (const bad of [null, 'x', { ok: 'yes' }, { ok: true }, { ok: false }, throwing]) {
      expect(code(assessmentFromScoring(bad as never, context))).toBe('invalid-input');
    }
  });

  it('compareAssessments', () => {
    expect(code(compareAssessments(null as never, a as never))).toBe('invalid-input');
    expect(code(compareAssessments(a as never, throwing as never))).toBe('invalid-input');
    expect(code(compareAssessments(a as never, b as never, throwing as never))).toBe(
      'invalid-input',
    );
    expect(
      code(compareAssessments(a as never, b as never, { timeZone: 'Mars/Phobos' } as never)),
    ).toBe('invalid-input');
    expect(code(compareAssessments(a as never, b as never, { rule: {} } as never))).toBe(
      'invalid-input',
    );
  });

  it('cohortReport and utilisationByLevel', () => {
    expect(code(cohortReport([null] as never))).toBe('invalid-input');
    expect(code(cohortReport(throwing as never))).toBe('invalid-input');
    expect(code(cohortReport([], throwing as never))).toBe('invalid-input');
    expect(code(cohortReport([], { serviceUse: 'x' } as never))).toBe('invalid-service-use');
    expect(code(utilisationByLevel([], null as never))).toBe('invalid-service-use');
    expect(code(utilisationByLevel([], [null] as never))).toBe('invalid-service-use');
    expect(code(utilisationByLevel([], [throwing] as never))).toBe('invalid-service-use');
    expect(code(utilisationByLevel({} as never, []))).toBe('invalid-input');
  });

  it('scoreExternally: a scorer that returns no Result is a scorer-error', async () => {
    const request = { instrument: { id: 'pam-13', version: '13' }, responses: [] };
    for (const returned of [
      null,
      'x',
      { ok: false },
      { ok: false, error: { code: 7 } },
      throwing,
    ]) {
      const r = await scoreExternally(
        { score: async () => returned as never },
        pam13,
        request,
        context,
      );
      expect(code(r)).toBe('scorer-error');
    }
  });
});

describe('withItemText', () => {
  it('refuses texts that are not an object of item id → text (regression: Object.keys(null))', async () => {
    const { withItemText } = await import('./instruments/item-text.js');
    const { gad7 } = await import('./instruments/gad7.js');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const texts of [null, 'x', ['a'], { 'gad7-1': 7 }, revoked.proxy]) {
      const out = withItemText(gad7, texts as never);
      expect(out.ok ? 'ok' : out.error.code).toMatch(/invalid-item-text|item-text-not-allowed/);
    }
  });
});
