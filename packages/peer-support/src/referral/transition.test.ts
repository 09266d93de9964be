import {
  type Actor,
  type PersonId,
  type PractitionerId,
  type RecordId,
  type Referral,
  referralAcceptedCoding,
  referralDeclinedCoding,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { carer, gp, linkWorker, person, personId, records } from './__fixtures__/records.js';
import type { Command as ReferralCommand } from './command.js';
import type { ReferralContext } from './context.js';
import { create } from './create.js';
import { allowedCommands, replay, transition } from './transition.js';
import type { RejectionCode } from './types.js';

const ids = sequentialIds('x');

const base = {
  tenantId: 't-1' as TenantId,
  personId,
  serviceId: 'svc-walking' as RecordId,
  reason: { needs: [], text: 'wants to lose weight' },
};

const at = (day: number, hour = 9): string =>
  `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
const by = (actor: Actor, day: number): ReferralContext => ({ now: at(day), actor, ids, records });
const byService = (day: number): ReferralContext => by(linkWorker, day);

function made(): Referral {
  const r = create({ ...base, route: 'professional-referral', make: true }, by(gp, 2));
  if (!r.ok) throw new Error(r.error.message);
  return r.value.referral;
}

function step(referral: Referral, command: ReferralCommand, context: ReferralContext): Referral {
  const r = transition(referral, command, context);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.referral;
}

const codeOf = (r: { ok: boolean; error?: { code: string } }): string | undefined =>
  r.ok ? undefined : r.error?.code;

describe('create', () => {
  it('drafts by default, and makes at once with make: true', () => {
    const draft = create({ ...base, route: 'signposting' }, by(gp, 2));
    expect(draft.ok && draft.value.referral.status).toBe('draft');
    expect(draft.ok && draft.value.events.map((e) => e.type)).toEqual(['referral.created']);
    const sent = made();
    expect(sent.status).toBe('made');
    expect(sent.history.map((h) => h.status)).toEqual(['draft', 'made']);
    expect(sent.referrer).toEqual(gp);
  });

  it('accepts a self-referral from the person or their carer', () => {
    for (const actor of [person, carer]) {
      const r = create({ ...base, route: 'self-referral', make: true }, by(actor, 2));
      expect(r.ok && r.value.referral.status).toBe('made');
    }
  });

  it('rejects with invalid-referrer when the route does not fit the actor', () => {
    const cases: [Actor, 'self-referral' | 'professional-referral' | 'signposting'][] = [
      [gp, 'self-referral'],
      [{ kind: 'person', personId: 'someone-else' as PersonId }, 'self-referral'],
      [person, 'professional-referral'],
      [carer, 'signposting'],
    ];
    for (const [actor, route] of cases) {
      expect(codeOf(create({ ...base, route }, by(actor, 2)))).toBe('invalid-referrer');
    }
  });

  it('rejects a blank reason text', () => {
    const r = create(
      { ...base, reason: { needs: [], text: '   ' }, route: 'signposting' },
      by(gp, 2),
    );
    expect(codeOf(r)).toBe('reason-required');
  });
});

describe('transition rejections (one test per code)', () => {
  const cases: [RejectionCode, () => ReturnType<typeof transition>][] = [
    ['not-authorised', () => transition(made(), { type: 'accept' }, by(gp, 3))],
    ['invalid-transition', () => transition(made(), { type: 'complete' }, byService(3))],
    [
      'terminal-state',
      () => {
        const done = step(
          made(),
          { type: 'decline', reason: 'prefers to walk alone' },
          byService(3),
        );
        return transition(done, { type: 'accept' }, byService(4));
      },
    ],
    ['reason-required', () => transition(made(), { type: 'pause', reason: '  ' }, byService(3))],
    [
      'reason-too-long',
      () => transition(made(), { type: 'accept', reason: 'x'.repeat(2001) }, byService(3)),
    ],
    ['time-before-last-change', () => transition(made(), { type: 'accept' }, byService(1))],
  ];
  it.each(cases)('%s', (code, run) => {
    expect(codeOf(run())).toBe(code);
  });

  it('a rejected command leaves the referral as it was', () => {
    const referral = made();
    const before = structuredClone(referral);
    const r = transition(referral, { type: 'complete' }, byService(3));
    expect(r.ok).toBe(false);
    expect(referral).toEqual(before);
  });

  it('entered-in-error accepts nothing, not even enter-in-error', () => {
    const gone = step(made(), { type: 'enter-in-error', reason: 'wrong person' }, by(gp, 3));
    const again = transition(gone, { type: 'enter-in-error', reason: 'again' }, by(gp, 4));
    expect(codeOf(again)).toBe('terminal-state');
    expect(allowedCommands(gone, by(gp, 4))).toEqual([]);
  });
});

describe('the lifecycle end to end', () => {
  it('records the acceptance code once, pauses and resumes to the status paused from', () => {
    let r = made();
    r = step(r, { type: 'record-contact' }, byService(3));
    r = step(r, { type: 'accept', reason: 'agreed to try the walking group' }, byService(4));
    r = step(r, { type: 'start-attending' }, byService(5));
    r = step(r, { type: 'pause', reason: 'in hospital' }, byService(6));
    expect(r.pausedFrom).toBe('attending');
    r = step(r, { type: 'resume' }, byService(20));
    expect(r.status).toBe('attending');
    expect(r.pausedFrom).toBeUndefined();
    r = step(r, { type: 'complete' }, byService(28));
    expect(r.status).toBe('completed');
    expect(r.codes).toEqual([referralAcceptedCoding]);
    expect(r.history.map((h) => [h.status, h.at])).toEqual([
      ['draft', at(2)],
      ['made', at(2)],
      ['contacted', at(3)],
      ['accepted', at(4)],
      ['attending', at(5)],
      ['paused', at(6)],
      ['attending', at(20)],
      ['completed', at(28)],
    ]);
  });

  it('records the decline code, and the person may decline for themselves', () => {
    const r = step(made(), { type: 'decline', reason: 'not for me' }, by(person, 3));
    expect(r.codes).toEqual([referralDeclinedCoding]);
    expect(r.history.at(-1)).toEqual({
      status: 'declined',
      at: at(3),
      actor: person,
      reason: 'not for me',
      declinedBy: 'person',
    });
  });

  it('records why a referral was not completed', () => {
    const r = step(
      made(),
      { type: 'mark-not-completed', reason: 'three calls unanswered', cause: 'lost-to-follow-up' },
      byService(10),
    );
    expect(r.history.at(-1)?.cause).toBe('lost-to-follow-up');
  });

  it('a colleague of the referrer cannot act for them by claiming the referrer side (issue 11)', () => {
    // Changed on purpose: the side was a claim in the context; only the recorded referrer acts now.
    const colleague: Actor = {
      kind: 'practitioner',
      practitionerId: 'gp-2' as PractitionerId,
      role: 'nurse',
    };
    const r = transition(made(), { type: 'enter-in-error', reason: 'duplicate' }, by(colleague, 3));
    expect(codeOf(r)).toBe('not-authorised');
    expect(transition(made(), { type: 'enter-in-error', reason: 'duplicate' }, by(gp, 3)).ok).toBe(
      true,
    );
  });
});

describe('replay', () => {
  it('rejects an empty or malformed history', () => {
    expect(codeOf(replay([]))).toBe('invalid-history');
    const r = create({ ...base, route: 'signposting', make: true }, by(gp, 2));
    if (!r.ok) throw new Error(r.error.message);
    const [created, madeEvent] = r.value.events;
    if (!created || !madeEvent) throw new Error('expected two events');
    expect(codeOf(replay([madeEvent]))).toBe('invalid-history');
    expect(codeOf(replay([created, created]))).toBe('invalid-history');
    const foreign = { ...madeEvent, referralId: 'other' as RecordId };
    expect(codeOf(replay([created, foreign]))).toBe('invalid-history');
    expect(replay([created, madeEvent])).toEqual({ ok: true, value: r.value.referral });
  });
});
