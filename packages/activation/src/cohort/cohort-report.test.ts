import type { ActivationLevel, Assessment, ScoredAssessment } from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortReport } from './cohort-report.js';
import { poissonRateRatio, spreadOf } from './stats.js';

const pam = (
  personId: string,
  level: ActivationLevel,
  score: number,
  at = '2026-01-01T09:00:00Z',
  id = `${personId}-${at}`,
): ScoredAssessment => ({
  schemaVersion: 1,
  id: id as Assessment['id'],
  tenantId: 'practice-1' as Assessment['tenantId'],
  personId: personId as Assessment['personId'],
  instrument: { id: 'pam-13', version: '13' },
  completedAt: at,
  responses: [],
  scores: { total: score, subscales: [] },
  level,
  flags: [],
  provenance: {
    kind: 'licensed-scorer',
    scorer: { id: 'scorer', name: 'Scorer' },
    licenceReference: 'L',
    instrumentVersion: '13',
    scoredAt: at,
  },
});

const populationArb = fc
  .array(
    fc.record({
      person: fc.integer({ min: 1, max: 30 }),
      level: fc.constantFrom<ActivationLevel>(1, 2, 3, 4),
      tenths: fc.integer({ min: 0, max: 1000 }),
      day: fc.integer({ min: 1, max: 28 }),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows.map((r, i) =>
      pam(
        `p${r.person}`,
        r.level,
        r.tenths / 10,
        `2026-02-${String(r.day).padStart(2, '0')}T09:00:00Z`,
        `a${i}`,
      ),
    ),
  );

describe('cohortReport', () => {
  it('uses each person’s latest assessment and gives a distribution that adds up', () => {
    fc.assert(
      fc.property(populationArb, (assessments) => {
        const r = cohortReport(assessments);
        if (!r.ok) throw new Error(r.error.message);
        const people = new Set(assessments.map((a) => a.personId)).size;
        expect(r.value.people).toBe(people);
        expect(r.value.distribution.reduce((s, d) => s + d.count, 0)).toBe(people);
        const low = r.value.distribution
          .filter((d) => d.level <= 2)
          .reduce((s, d) => s + d.count, 0);
        expect(r.value.priority).toHaveLength(low);
        for (let i = 1; i < r.value.priority.length; i += 1) {
          const [a, b] = [r.value.priority[i - 1], r.value.priority[i]];
          if (a && b)
            expect(a.level < b.level || (a.level === b.level && a.score <= b.score)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('reports share at levels 1–2, mean and spread', () => {
    const r = cohortReport([
      pam('a', 1, 40, '2025-01-01T09:00:00Z'),
      pam('a', 3, 60, '2026-01-01T09:00:00Z'),
      pam('b', 2, 50),
      pam('c', 4, 80),
      pam('d', 1, 30),
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.people).toBe(4);
    expect(r.value.shareAtLevels1And2).toBe(50);
    expect(r.value.score).toMatchObject({ mean: 55, min: 30, max: 80, median: 55 });
    expect(r.value.priority.map((p) => p.personId)).toEqual(['d', 'b']);
  });

  it('refuses assessments from several tenants', () => {
    const other = { ...pam('x', 1, 10), tenantId: 'practice-2' as Assessment['tenantId'] };
    const r = cohortReport([pam('a', 1, 40), other]);
    expect(!r.ok && r.error.code).toBe('mixed-tenants');
  });

  it('gives rates by level and the level 4 vs level 1 rate ratio with a confidence interval', () => {
    const people = [
      ...Array.from({ length: 10 }, (_, i) => pam(`l1-${i}`, 1, 40)),
      ...Array.from({ length: 10 }, (_, i) => pam(`l4-${i}`, 4, 80)),
    ];
    const serviceUse = people.map((a) => {
      const l4 = a.level === 4;
      return {
        personId: a.personId,
        gpAppointments: l4 ? 8 : 10,
        aeAttendances: l4 ? 1 : 2,
        emergencyAdmissions: l4 ? 0 : 1,
      };
    });
    const r = cohortReport(people, { serviceUse });
    if (!r.ok) throw new Error(r.error.message);
    const gp = r.value.utilisation?.outcomes.find((o) => o.outcome === 'gpAppointments');
    expect(gp?.byLevel.map((l) => l.rate)).toEqual([10, null, null, 8]);
    expect(gp?.level4VsLevel1?.ratio).toBe(0.8);
    expect(gp?.level4VsLevel1?.percentFewer).toBe(20);
    const se = Math.sqrt(1 / 80 + 1 / 100);
    expect(gp?.level4VsLevel1?.lower).toBeCloseTo(0.8 * Math.exp(-1.959964 * se), 3);
    expect(gp?.level4VsLevel1?.upper).toBeCloseTo(0.8 * Math.exp(1.959964 * se), 3);
    const admissions = r.value.utilisation?.outcomes.find(
      (o) => o.outcome === 'emergencyAdmissions',
    );
    expect(admissions?.level4VsLevel1).toBeNull();
  });

  it('rejects invalid or duplicate service use', () => {
    const bad = cohortReport([pam('a', 1, 40)], {
      serviceUse: [{ personId: 'a', gpAppointments: -1, aeAttendances: 0, emergencyAdmissions: 0 }],
    });
    expect(!bad.ok && bad.error.code).toBe('invalid-service-use');
    const use = { personId: 'a', gpAppointments: 1, aeAttendances: 0, emergencyAdmissions: 0 };
    const dup = cohortReport([pam('a', 1, 40)], { serviceUse: [use, use] });
    expect(!dup.ok && dup.error.code).toBe('duplicate-service-use');
  });
});

describe('statistics', () => {
  it('spread of an empty list is null; sample SD', () => {
    expect(spreadOf([])).toBeNull();
    expect(spreadOf([2, 4, 4, 4, 5, 5, 7, 9])?.sd).toBe(2.14);
  });

  it('the rate-ratio interval always contains the ratio', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (a, b, ta, tb) => {
          const rr = poissonRateRatio(a, ta, b, tb);
          expect(rr).not.toBeNull();
          if (rr) expect(rr.lower <= rr.ratio && rr.ratio <= rr.upper).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
