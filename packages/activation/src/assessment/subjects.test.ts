// Issue 16: assessments about practitioners and practices never enter a patient's record.
import {
  type IsoInstant,
  type PracticeAssessment,
  type PractitionerAssessment,
  parsePersonAssessment,
  parsePractitionerAssessment,
} from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAssessments } from '../change/compare-assessments.js';
import { compareSubjectAssessments } from '../change/compare-subject-assessments.js';
import { subjectTrends } from '../change/trend.js';
import { phq9 } from '../instruments/phq9.js';
import { practiceReadiness, practiceReadinessDomains } from '../instruments/practice-readiness.js';
import { yocPracticeChecklist } from '../instruments/yoc-checklist.js';
import { csPam, pam13 } from '../licensed/descriptors.js';
import { recordLicensedResult } from '../licensed/record-licensed-result.js';
import { recordPractitionerResult } from '../licensed/record-practitioner-result.js';
import { assessPractice } from './assess-practice.js';

const csPamReply = (score: number, scoredAt = '2026-01-10T10:00:00Z') => ({
  kind: 'scale',
  instrument: { id: 'cs-pam', version: '1' },
  scorer: { id: 'licensed-scorer', name: 'Licensed scorer' },
  licenceReference: 'LIC-42',
  scoredAt,
  score,
});
const practitionerContext = (id: string, completedAt: IsoInstant) => ({
  id,
  tenantId: 'riverside',
  practitionerId: 'pr-nurse-1',
  completedAt,
});
const allRated = (value: number) =>
  practiceReadinessDomains.flatMap((d) =>
    d.statements.map((_, k) => ({ itemId: `${d.id}-${k + 1}`, value })),
  );
const practiceContext = (id: string, completedAt: IsoInstant) => ({
  id,
  tenantId: 'riverside',
  practiceId: 'riverside-surgery',
  completedAt,
});

function practitionerResult(score: number, id: string, at: IsoInstant): PractitionerAssessment {
  const r = recordPractitionerResult(csPam, csPamReply(score), practitionerContext(id, at));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function practiceResult(value: number, id: string, at: IsoInstant): PracticeAssessment {
  const r = assessPractice(practiceReadiness, allRated(value), practiceContext(id, at));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('CS-PAM is a practitioner’s result, never a patient’s', () => {
  it('records CS-PAM for a practitioner with the scorer’s score and provenance, no personId', () => {
    const a = practitionerResult(71.5, 'cs-1', '2026-01-10T10:00:00Z');
    expect(a.subject).toEqual({ kind: 'practitioner', practitionerId: 'pr-nurse-1' });
    expect(a.scores.total).toBe(71.5);
    expect(a.provenance).toMatchObject({ kind: 'licensed-scorer', licenceReference: 'LIC-42' });
    expect(a).not.toHaveProperty('personId');
  });

  it('refuses CS-PAM against a patient: a type error, and wrong-subject for untyped callers', () => {
    const untyped: unknown = csPam;
    const r = recordLicensedResult(untyped as typeof pam13, csPamReply(70), {
      id: 'a-1',
      tenantId: 'riverside',
      personId: 'patient-1',
      completedAt: '2026-01-10T10:00:00Z',
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('wrong-subject');
    // @ts-expect-error CS-PAM assesses a practitioner
    recordLicensedResult(csPam, csPamReply(70), {
      id: 'a-1',
      tenantId: 'riverside',
      personId: 'patient-1',
      completedAt: '2026-01-10T10:00:00Z',
    });
  });

  it('refuses a patient’s instrument for a practitioner', () => {
    const untyped: unknown = pam13;
    const r = recordPractitionerResult(
      untyped as typeof csPam,
      {
        ...csPamReply(50),
        kind: 'activation',
        instrument: { id: 'pam-13', version: '13' },
        level: 2,
      },
      practitionerContext('x', '2026-01-10T10:00:00Z'),
    );
    expect(r.ok ? 'ok' : r.error.code).toBe('wrong-subject');
  });

  it('a patient’s assessment naming CS-PAM or a readiness checklist is refused at parse', () => {
    const asPatient = {
      schemaVersion: 1,
      id: 'a-2',
      tenantId: 'riverside',
      personId: 'patient-1',
      instrument: { id: 'cs-pam', version: '1' },
      completedAt: '2026-01-10T10:00:00Z',
      responses: [],
      scores: { total: 70, subscales: [] },
      flags: [],
      provenance: { kind: 'imported', system: 'x', instrumentVersion: '1' },
    };
    const r = parsePersonAssessment(asPatient);
    expect(r.ok ? 'ok' : r.error.issues[0]).toMatchObject({
      path: ['instrument', 'id'],
      code: 'wrong-subject',
    });
    const practice = parsePersonAssessment({
      ...asPatient,
      instrument: { id: 'yoc-practice-checklist', version: '1.0.0' },
    });
    expect(practice.ok).toBe(false);
    expect(
      parsePersonAssessment({ ...asPatient, instrument: { id: 'pam-13', version: '13' } }).ok,
    ).toBe(true);
  });

  it('a practitioner assessment cannot name a patient’s instrument', () => {
    const a = practitionerResult(60, 'cs-2', '2026-01-10T10:00:00Z');
    const r = parsePractitionerAssessment({ ...a, instrument: { id: 'phq-9', version: '1' } });
    expect(r.ok).toBe(false);
  });
});

describe('practice readiness', () => {
  it('scores livewell’s readiness assessment and the Year of Care-shaped checklist for a practice', () => {
    const a = practiceResult(2, 'pr-1', '2026-01-10T10:00:00Z');
    expect(a.subject).toEqual({ kind: 'practice', practiceId: 'riverside-surgery' });
    expect(a.scores.total).toBe(2);
    expect(a.band?.code).toBe('established');
    expect(a.scores.subscales.map((s) => s.id)).toEqual(practiceReadinessDomains.map((d) => d.id));
    const yoc = assessPractice(
      yocPracticeChecklist,
      yocPracticeChecklist.items.map((i) => ({ itemId: i.id, value: 1 })),
      practiceContext('yoc-1', '2026-01-10T10:00:00Z'),
    );
    expect(yoc.ok && yoc.value.band?.code).toBe('nearly-there');
  });

  it('refuses a person’s instrument and returns the engine’s Unscorable for bad answers', () => {
    const r = assessPractice(phq9, [], practiceContext('x', '2026-01-10T10:00:00Z'));
    expect(r.ok ? 'ok' : r.error.code).toBe('wrong-subject');
    const bad = assessPractice(
      practiceReadiness,
      allRated(7),
      practiceContext('x', '2026-01-10T10:00:00Z'),
    );
    expect(bad.ok ? 'ok' : bad.error.code).toBe('out-of-range');
  });

  it('is compared and trended with the change rules', () => {
    const first = practiceResult(1, 'r-1', '2026-01-10T10:00:00Z');
    const second = practiceResult(2, 'r-2', '2026-07-10T10:00:00Z');
    const change = compareSubjectAssessments(first, second);
    expect(change.ok && change.value.classification).toBe('reliable-improvement');
    const trends = subjectTrends([second, first], 'livewell-practice-readiness');
    expect(trends).toHaveLength(1);
    expect(trends[0]?.points.map((p) => p.total)).toEqual([1, 2]);
    expect(trends[0]?.change?.difference).toBe(1);
    const other = practitionerResult(60, 'cs-3', '2026-07-10T10:00:00Z');
    const mixed = compareSubjectAssessments(first, other);
    expect(mixed.ok ? 'ok' : mixed.error.code).toBe('different-instrument');
  });

  it('CS-PAM change has no published rule: the difference only, unless a rule is given', () => {
    const a = practitionerResult(60, 'cs-4', '2026-01-10T10:00:00Z');
    const b = practitionerResult(66.5, 'cs-5', '2026-09-10T10:00:00Z');
    const change = compareSubjectAssessments(a, b);
    expect(change.ok && [change.value.difference, change.value.classification]).toEqual([
      6.5,
      'no-rule',
    ]);
  });
});

describe('subject comparison follows the same change rules as a person’s', () => {
  it('agrees with compareAssessments on the same scores, instrument and dates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 30 }),
        (x, y, months) => {
          const at = (m: number): IsoInstant =>
            new Date(Date.UTC(2026, m, 10, 10)).toISOString().replace('.000', '');
          const a = practiceResult(0, 'p-a', at(0));
          const b = practiceResult(0, 'p-b', at(months));
          const withTotal = (p: PracticeAssessment, t: number) => ({
            ...p,
            scores: { total: t / 100, subscales: [] },
          });
          const asPerson = (p: PracticeAssessment, t: number) => ({
            schemaVersion: 1 as const,
            id: p.id,
            tenantId: p.tenantId,
            personId: 'someone' as never,
            instrument: p.instrument,
            completedAt: p.completedAt,
            responses: [],
            scores: { total: t / 100, subscales: [] },
            flags: [],
            provenance: p.provenance,
          });
          const subject = compareSubjectAssessments(withTotal(a, x), withTotal(b, y));
          const person = compareAssessments(asPerson(a, x), asPerson(b, y));
          expect(subject).toEqual(person);
        },
      ),
      { numRuns: 200 },
    );
  });
});
