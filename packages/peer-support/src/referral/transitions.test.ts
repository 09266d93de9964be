import {
  type Actor,
  parseReferral,
  parseReferralEvent,
  type RecordId,
  type Referral,
  type ResumableReferralStatus,
  referralStatuses,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { gp, linkWorker, person, personId, records } from './__fixtures__/records.js';
import type { ReferralCommand, ReferralCommandType } from './command.js';
import type { ReferralContext, ReferralParty } from './context.js';
import { transitionReferral } from './transition.js';
import { referralTransitions } from './transitions.js';

/** A referral made by the GP, placed directly in `status` (history is not checked by the machine). */
const referralIn = (
  status: Referral['status'],
  pausedFrom?: ResumableReferralStatus,
): Referral => ({
  schemaVersion: 1,
  id: 'ref-1' as RecordId,
  tenantId: 't-1' as TenantId,
  personId,
  serviceId: 'svc-walking' as RecordId,
  referrer: gp,
  route: 'professional-referral',
  reason: { needs: [], text: 'wants to lose weight' },
  status,
  ...(pausedFrom === undefined ? {} : { pausedFrom }),
  history: [{ status: 'draft', at: '2026-11-02T09:00:00Z', actor: gp }],
  codes: [],
  createdAt: '2026-11-02T09:00:00Z',
  updatedAt: '2026-11-02T09:00:00Z',
});

const commandOf = (type: ReferralCommandType): ReferralCommand =>
  type === 'mark-not-completed'
    ? { type, reason: 'could not reach them after three calls', cause: 'lost-to-follow-up' }
    : { type, reason: 'noted at the review' };

const actingAs: Record<ReferralParty, { actor: Actor }> = {
  referrer: { actor: gp },
  service: { actor: linkWorker },
  person: { actor: person },
};

const contextFor = (party: ReferralParty): ReferralContext => ({
  now: '2026-11-03T10:00:00Z',
  ids: sequentialIds('t'),
  records,
  ...actingAs[party],
});

const parties: readonly ReferralParty[] = ['referrer', 'service', 'person'];

describe('every row of the referral transition table', () => {
  it.each(
    referralTransitions.map((row) => [`${row.from} --${row.command}--> ${row.to}`, row] as const),
  )('%s', (_name, row) => {
    const referral = referralIn(
      row.from,
      row.command === 'resume' ? (row.to as ResumableReferralStatus) : undefined,
    );
    for (const party of parties) {
      const result = transitionReferral(referral, commandOf(row.command), contextFor(party));
      if (row.who.includes(party)) {
        if (!result.ok) throw new Error(result.error.message);
        expect(result.value.referral.status).toBe(row.to);
        expect(result.value.referral.history.at(-1)?.actor).toEqual(actingAs[party].actor);
        expect(parseReferral(result.value.referral).ok).toBe(true);
        for (const event of result.value.events) expect(parseReferralEvent(event).ok).toBe(true);
      } else {
        expect(result.ok ? 'accepted' : result.error.code).toBe('not-authorised');
      }
    }
  });

  it('has no row out of entered-in-error, and only enter-in-error out of other terminals', () => {
    expect(referralTransitions.filter((r) => r.from === 'entered-in-error')).toEqual([]);
    for (const from of ['completed', 'declined', 'not-completed'] as const) {
      const commands = referralTransitions.filter((r) => r.from === from).map((r) => r.command);
      expect(commands).toEqual(['enter-in-error']);
    }
  });

  it('reaches every status', () => {
    const reached = new Set(['draft', ...referralTransitions.map((r) => r.to)]);
    expect([...reached].sort()).toEqual([...referralStatuses].sort());
  });

  it('has at most one row per (from, command, to)', () => {
    const keys = referralTransitions.map((r) => `${r.from}|${r.command}|${r.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
