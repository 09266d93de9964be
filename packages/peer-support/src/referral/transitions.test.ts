import {
  type Actor,
  parseReferral,
  parseReferralEvent,
  type RecordId,
  type Referral,
  type ReferralStatus,
  type ResumableReferralStatus,
  referralStatuses,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { gp, linkWorker, person, personId, records } from './__fixtures__/records.js';
import type { Command, CommandType } from './command.js';
import type { ReferralContext, ReferralParty } from './context.js';
import { lifecycle } from './lifecycle.js';
import { transition } from './transition.js';

/** A referral made by the GP, placed directly in `status` (history is not checked by the machine). */
const referralIn = (status: ReferralStatus, pausedFrom?: ResumableReferralStatus): Referral => ({
  schemaVersion: 1,
  id: 'ref-1' as RecordId,
  tenantId: 't-1' as TenantId,
  personId,
  serviceId: records.service.id,
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

const commandOf = (type: CommandType): Command =>
  type === 'mark-not-completed'
    ? { type, reason: 'could not reach them after three calls', cause: 'lost-to-follow-up' }
    : { type, reason: 'noted at the review' };

const actingAs: Record<ReferralParty, Actor> = { referrer: gp, service: linkWorker, person };

const contextFor = (party: ReferralParty): ReferralContext => ({
  now: '2026-11-03T10:00:00Z',
  ids: sequentialIds('t'),
  records,
  actor: actingAs[party],
});

const parties: readonly ReferralParty[] = ['referrer', 'service', 'person'];

/** Every (from, command, to) move the specs allow, dynamic targets expanded. */
const moves = lifecycle.commandTypes.flatMap((command) => {
  const spec = lifecycle.spec(command);
  const targets = typeof spec.to === 'function' ? spec.to.oneOf : [spec.to];
  return spec.from.flatMap((from) =>
    targets.map((to) => ({ from, command, to: to === 'same' ? from : to, who: spec.who })),
  );
});

describe('every move of the referral command specs', () => {
  it.each(moves.map((move) => [`${move.from} --${move.command}--> ${move.to}`, move] as const))(
    '%s',
    (_name, move) => {
      const referral = referralIn(
        move.from,
        move.command === 'resume' ? (move.to as ResumableReferralStatus) : undefined,
      );
      for (const party of parties) {
        const result = transition(referral, commandOf(move.command), contextFor(party));
        if (move.who.includes(party)) {
          if (!result.ok) throw new Error(result.error.message);
          expect(result.value.referral.status).toBe(move.to);
          expect(result.value.referral.history.at(-1)?.actor).toEqual(actingAs[party]);
          expect(parseReferral(result.value.referral).ok).toBe(true);
          for (const event of result.value.events) expect(parseReferralEvent(event).ok).toBe(true);
        } else {
          expect(result.ok ? 'accepted' : result.error.code).toBe('not-authorised');
        }
      }
    },
  );

  it('has no move out of entered-in-error, and only enter-in-error out of other terminals', () => {
    expect(moves.filter((m) => m.from === 'entered-in-error')).toEqual([]);
    for (const from of ['completed', 'declined', 'not-completed'] as const) {
      expect(moves.filter((m) => m.from === from).map((m) => m.command)).toEqual([
        'enter-in-error',
      ]);
    }
  });

  it('reaches every status', () => {
    const reached = new Set(['draft', ...moves.map((m) => m.to)]);
    expect([...reached].sort()).toEqual([...referralStatuses].sort());
  });
});
