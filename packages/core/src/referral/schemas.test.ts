import { describe, expect, it } from 'vitest';
import type { Enrolment } from './enrolment.js';
import { parseEnrolment, parseProgramme, parseReferral, parseReferralCommand } from './parsers.js';
import type { Programme } from './programme.js';
import type { Referral } from './referral.js';

const actor = { kind: 'system', name: 'test' } as const;

const programme = {
  schemaVersion: 2,
  id: 'skills',
  tenantId: 't',
  serviceId: 'svc',
  title: 'Six workshops',
  sessions: [1, 2, 3, 4, 5, 6].map((n) => ({
    id: `w${n}`,
    kind: 'workshop',
    start: `2027-01-0${n}T10:00:00Z`,
    end: `2027-01-0${n}T12:00:00Z`,
  })),
  capacity: 12,
  completionRule: { kind: 'minimum-attended', minimum: 4, required: ['w1'] },
} as unknown as Programme;

const enrolment = {
  schemaVersion: 1,
  id: 'e1',
  tenantId: 't',
  programmeId: 'skills',
  personId: 'p1',
  status: 'enrolled',
  queueNumber: 1,
  attendance: [
    { sessionId: 'w1', status: 'attended', recordedAt: '2027-01-01T11:00:00Z', recordedBy: actor },
  ],
  history: [{ status: 'enrolled', at: '2026-12-01T09:00:00Z', actor }],
  createdAt: '2026-12-01T09:00:00Z',
  updatedAt: '2027-01-01T11:00:00Z',
} as unknown as Enrolment;

const issuePaths = (r: {
  ok: boolean;
  error?: { issues: readonly { path: readonly unknown[] }[] };
}) => (r.ok ? [] : (r.error?.issues.map((i) => i.path.join('.')) ?? []));

describe('Programme schema rules', () => {
  it('accepts a six-workshop programme with a 4-of-6 rule', () => {
    expect(parseProgramme(programme).ok).toBe(true);
  });

  it('refuses a session that ends before it starts', () => {
    const sessions = [
      { id: 'w1', kind: 'workshop', start: '2027-01-01T12:00:00Z', end: '2027-01-01T10:00:00Z' },
    ];
    expect(
      issuePaths(
        parseProgramme({ ...programme, sessions, completionRule: { kind: 'all-attended' } }),
      ),
    ).toEqual(['sessions.0.end']);
  });

  it('refuses repeated session ids, a minimum above the session count, and an unknown required session', () => {
    const repeated = { ...programme, sessions: [...programme.sessions, programme.sessions[0]] };
    expect(issuePaths(parseProgramme(repeated))).toContain('sessions');
    const tooMany = { ...programme, completionRule: { kind: 'minimum-attended', minimum: 7 } };
    expect(issuePaths(parseProgramme(tooMany))).toEqual(['completionRule.minimum']);
    const unknown = {
      ...programme,
      completionRule: { kind: 'minimum-attended', minimum: 4, required: ['w9'] },
    };
    expect(issuePaths(parseProgramme(unknown))).toEqual(['completionRule.required.0']);
  });
});

describe('Enrolment schema rules', () => {
  it('accepts one attendance record per session and refuses two', () => {
    expect(parseEnrolment(enrolment).ok).toBe(true);
    const twice = { ...enrolment, attendance: [...enrolment.attendance, ...enrolment.attendance] };
    expect(issuePaths(parseEnrolment(twice))).toEqual(['attendance']);
  });
});

describe('Referral schema', () => {
  it('needs at least one history entry', () => {
    const referral = {
      schemaVersion: 1,
      id: 'r1',
      tenantId: 't',
      personId: 'p1',
      serviceId: 'svc',
      referrer: actor,
      route: 'signposting',
      reason: { needs: [] },
      status: 'draft',
      history: [{ status: 'draft', at: '2026-12-01T09:00:00Z', actor }],
      codes: [],
      createdAt: '2026-12-01T09:00:00Z',
      updatedAt: '2026-12-01T09:00:00Z',
    } as unknown as Referral;
    expect(parseReferral(referral).ok).toBe(true);
    expect(issuePaths(parseReferral({ ...referral, history: [] }))).toEqual(['history']);
  });
});

describe('input schemas', () => {
  it('ReferralCommand needs a reason where the lifecycle does', () => {
    expect(parseReferralCommand({ type: 'accept' }).ok).toBe(true);
    expect(parseReferralCommand({ type: 'decline' }).ok).toBe(false);
    expect(parseReferralCommand({ type: 'pause', reason: '' }).ok).toBe(false);
    expect(parseReferralCommand({ type: 'mark-not-completed', reason: 'x' }).ok).toBe(false);
    expect(
      parseReferralCommand({ type: 'mark-not-completed', reason: 'x', cause: 'withdrawn' }).ok,
    ).toBe(true);
    expect(parseReferralCommand({ type: 'teleport' }).ok).toBe(false);
  });
});
