// Issue 16: the practice's own report — each figure checked against the records it came from.
import type {
  Assessment,
  CareTeam,
  IsoInstant,
  PersonId,
  PractitionerId,
  PractitionerPlace,
  RecordId,
  TenantId,
} from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { assessPractice } from '../assessment/assess-practice.js';
import { practiceReadiness, practiceReadinessDomains } from '../instruments/practice-readiness.js';
import { csPam } from '../licensed/descriptors.js';
import { recordPractitionerResult } from '../licensed/record-practitioner-result.js';
import { meanInterval, proportionInterval } from './interval.js';
import { PRACTICE_REPORT_CAVEATS, practiceReport } from './practice-report.js';

const T = 'riverside' as TenantId;
const at = (month: number): IsoInstant =>
  new Date(Date.UTC(2027, month, 15, 10)).toISOString().replace('.000', '');

const pam = (personId: string, month: number, score: number): Assessment => ({
  schemaVersion: 1,
  id: `pam-${personId}-${month}` as RecordId,
  tenantId: T,
  personId: personId as PersonId,
  instrument: { id: 'pam-13', version: '13' },
  completedAt: at(month),
  responses: [],
  scores: { total: score, subscales: [] },
  level: 2,
  flags: [],
  provenance: { kind: 'imported', system: 'scorer', instrumentVersion: '13' },
});
const team = (personId: string, practitionerId: string): CareTeam => ({
  schemaVersion: 1,
  id: `team-${personId}` as RecordId,
  tenantId: T,
  personId: personId as PersonId,
  members: [
    { practitionerId: practitionerId as PractitionerId, role: 'nurse', isCoordinator: true },
  ],
});
const place = (practitionerId: string, completedMonth: number | null): PractitionerPlace => ({
  schemaVersion: 1,
  id: `place-${practitionerId}` as RecordId,
  tenantId: T,
  programmeId: 'dev-1' as RecordId,
  practitionerId: practitionerId as PractitionerId,
  skills: ['health-coaching', 'agenda-setting'],
  status: completedMonth === null ? 'enrolled' : 'completed',
  queueNumber: 1,
  attendance: [],
  history: [
    { status: 'enrolled', at: at(0), actor: { kind: 'system', name: 's' } },
    ...(completedMonth === null
      ? []
      : [
          {
            status: 'completed' as const,
            at: at(completedMonth),
            actor: { kind: 'system' as const, name: 's' },
          },
        ]),
  ],
  createdAt: at(0),
  updatedAt: at(completedMonth ?? 0),
});
const readiness = (value: number, month: number, id: string) => {
  const r = assessPractice(
    practiceReadiness,
    practiceReadinessDomains.flatMap((d) =>
      d.statements.map((_, k) => ({ itemId: `${d.id}-${k + 1}`, value })),
    ),
    { id, tenantId: T, practiceId: 'riverside-surgery', completedAt: at(month) },
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const cs = (practitionerId: string, month: number, score: number) => {
  const r = recordPractitionerResult(
    csPam,
    {
      kind: 'scale',
      instrument: { id: 'cs-pam', version: '1' },
      scorer: { id: 'scorer', name: 'Licensed scorer' },
      licenceReference: 'LIC-1',
      scoredAt: at(month),
      score,
    },
    { id: `cs-${practitionerId}-${month}`, tenantId: T, practitionerId, completedAt: at(month) },
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('practice report', () => {
  const report = practiceReport({
    practiceAssessments: [readiness(2, 9, 'r2'), readiness(1, 0, 'r1')],
    practitionerAssessments: [cs('nurse-a', 0, 62), cs('nurse-a', 9, 70.5), cs('nurse-b', 0, 65)],
    places: [place('nurse-a', 3), place('nurse-b', null)],
    improvements: [],
    patientAssessments: [
      pam('p1', 0, 50),
      pam('p1', 9, 56),
      pam('p2', 0, 48),
      pam('p2', 9, 49),
      pam('p3', 0, 55),
      pam('p3', 9, 54),
      pam('p4', 0, 60),
    ],
    careTeams: [
      team('p1', 'nurse-a'),
      team('p2', 'nurse-a'),
      team('p3', 'nurse-b'),
      team('p4', 'nurse-b'),
    ],
    activationInstrumentId: 'pam-13',
  });

  it('readiness over time, by the change rules', () => {
    expect(report.readiness).toHaveLength(1);
    expect(report.readiness[0]?.points.map((p) => p.total)).toEqual([1, 2]);
    expect(report.readiness[0]?.change?.classification).toBe('reliable-improvement');
  });

  it('practitioners’ development and CS-PAM change', () => {
    expect(report.development).toEqual([
      {
        practitionerId: 'nurse-a',
        completedAt: at(3),
        skills: ['agenda-setting', 'health-coaching'],
        csPam: { first: 62, latest: 70.5, difference: 8.5 },
      },
      { practitionerId: 'nurse-b', skills: [], csPam: { first: 65, latest: 65, difference: 0 } },
    ]);
  });

  it('patients’ activation change grouped by care team development, with intervals and caveats', () => {
    const [done, notDone] = report.activation;
    expect(done).toMatchObject({ n: 2, improved: 1, meanChange: meanInterval([6, 1]) });
    expect(done.improvedShare).toEqual(proportionInterval(1, 2));
    expect(notDone).toMatchObject({
      n: 1,
      improved: 0,
      meanChange: { estimate: -1, lower: -1, upper: -1 },
    });
    expect(report.caveats).toBe(PRACTICE_REPORT_CAVEATS);
    expect(report.caveats.join(' ')).toMatch(/do not show that practitioner development caused/);
  });

  it('intervals: the Wilson interval stays within 0–100 and contains the estimate', () => {
    for (const [k, n] of [
      [0, 5],
      [5, 5],
      [1, 2],
      [7, 40],
    ] as const) {
      const i = proportionInterval(k, n);
      expect(
        i && i.lower >= 0 && i.upper <= 100 && i.lower <= i.estimate && i.estimate <= i.upper,
      ).toBe(true);
    }
    expect(proportionInterval(0, 0)).toBeNull();
    expect(meanInterval([])).toBeNull();
  });
});
