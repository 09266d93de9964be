import { type ActivationLevel, type Assessment, addCalendarMonths } from '@livewell/core';
import { assessmentArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAssessments } from './compare-assessments.js';

const base = (
  instrumentId: string,
  total: number,
  completedAt: string,
  level?: ActivationLevel,
): Assessment => ({
  schemaVersion: 1,
  id: `a-${completedAt}` as Assessment['id'],
  tenantId: 'practice-1' as Assessment['tenantId'],
  personId: 'p-1' as Assessment['personId'],
  instrument: { id: instrumentId, version: '1' },
  completedAt,
  responses: [],
  scores: { total, subscales: [] },
  ...(level ? { level } : {}),
  flags: [],
  provenance: { kind: 'engine', engine: 'test', instrumentVersion: '1' },
});

const classify = (id: string, from: number, to: number, at = '2026-07-01T09:00:00Z') => {
  const r = compareAssessments(base(id, from, '2026-01-01T09:00:00Z', 2), base(id, to, at, 3));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('compareAssessments', () => {
  it('PAM: a gain of 3 points 6–12 months after baseline is meaningful', () => {
    expect(classify('pam-13', 50, 53).classification).toBe('reliable-improvement');
    expect(classify('pam-13', 50, 52.9).classification).toBe('no-reliable-change');
    expect(classify('pam-13', 50, 60, '2026-06-30T09:00:00Z').classification).toBe(
      'outside-window',
    );
    expect(classify('pam-13', 50, 60, '2027-01-01T09:00:00Z').classification).toBe(
      'reliable-improvement',
    );
    expect(classify('pam-13', 50, 60, '2027-01-02T09:00:00Z').classification).toBe(
      'outside-window',
    );
    expect(classify('pam-13', 50, 40).direction).toBe('worsened');
    expect(classify('pam-13', 50, 53).levels).toEqual({ from: 2, to: 3 });
  });

  it('PHQ-9 fall of 6 and GAD-7 fall of 4 are reliable improvement; rises of the same size deterioration', () => {
    expect(classify('phq-9', 16, 10)).toMatchObject({
      classification: 'reliable-improvement',
      direction: 'improved',
      difference: -6,
    });
    expect(classify('phq-9', 16, 11).classification).toBe('no-reliable-change');
    expect(classify('phq-9', 10, 16)).toMatchObject({
      classification: 'reliable-deterioration',
      direction: 'worsened',
    });
    expect(classify('gad-7', 12, 8).classification).toBe('reliable-improvement');
    expect(classify('gad-7', 12, 9).classification).toBe('no-reliable-change');
    expect(classify('semcd-6', 5, 7)).toMatchObject({
      classification: 'no-rule',
      direction: 'unknown',
    });
  });

  it('is reliable improvement on PHQ-9 exactly when the fall is at least 6', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 27 }), fc.integer({ min: 0, max: 27 }), (a, b) => {
        const change = classify('phq-9', a, b);
        expect(change.meaningfulImprovement).toBe(a - b >= 6);
        expect(change.classification === 'reliable-deterioration').toBe(b - a >= 6);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses different instruments, people or order', () => {
    const a = base('phq-9', 10, '2026-01-01T09:00:00Z');
    const code = (x: Assessment, y: Assessment) => {
      const r = compareAssessments(x, y);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code(a, base('gad-7', 5, '2026-03-01T09:00:00Z'))).toBe('different-instrument');
    expect(
      code(a, {
        ...base('phq-9', 5, '2026-03-01T09:00:00Z'),
        personId: 'p-2' as Assessment['personId'],
      }),
    ).toBe('different-person');
    expect(code(base('phq-9', 5, '2026-03-01T09:00:00Z'), a)).toBe('not-in-order');
    fc.assert(
      fc.property(assessmentArb, assessmentArb, (x, y) => {
        expect(typeof compareAssessments(x, y).ok).toBe('boolean');
      }),
      { numRuns: 50 },
    );
  });

  it('adds calendar months, clamping to month ends', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-12-15', 2)).toBe('2028-02-15');
  });

  it('judges the PAM window on London dates, not UTC', () => {
    // 00:15 BST on 1 July is still 30 June in UTC.
    const r = compareAssessments(
      base('pam-13', 50, '2026-01-01T00:30:00Z', 2),
      base('pam-13', 55, '2026-06-30T23:15:00Z', 3),
    );
    expect(r.ok && r.value.classification).toBe('reliable-improvement');
    const utc = compareAssessments(
      base('pam-13', 50, '2026-01-01T00:30:00Z', 2),
      base('pam-13', 55, '2026-06-30T23:15:00Z', 3),
      { timeZone: 'UTC' },
    );
    expect(utc.ok && utc.value.classification).toBe('outside-window');
  });
});
