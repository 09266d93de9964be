import {
  type Actor,
  parseReferral,
  parseReferralEvent,
  type Referral,
  type ReferralEvent,
  type ReferralStatus,
  referralAcceptedCoding,
  referralDeclinedCoding,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gp, linkWorker, person, personId, records } from './__fixtures__/records.js';
import type { Command as ReferralCommand, CommandType as ReferralCommandType } from './command.js';
import { lifecycle } from './lifecycle.js';
import { allowedCommands, replay } from './transition.js';

const referralCommandTypes = lifecycle.commandTypes;

import { create } from './create.js';
import { transition } from './transition.js';

// An independent, deliberately naive model of the lifecycle (not derived from the table).
type Who = 'referrer' | 'service' | 'person' | 'stranger';
interface Model {
  status: ReferralStatus;
  pausedFrom?: ReferralStatus;
  accepted: boolean;
  declined: boolean;
}
const terminal = ['completed', 'declined', 'not-completed', 'entered-in-error'];
const open = ['made', 'contacted', 'accepted', 'attending'];

function nextStatus(m: Model, type: ReferralCommandType): ReferralStatus | undefined {
  const s = m.status;
  if (type === 'make') return s === 'draft' ? 'made' : undefined;
  if (type === 'record-contact') return s === 'made' ? 'contacted' : undefined;
  if (type === 'accept') return s === 'made' || s === 'contacted' ? 'accepted' : undefined;
  if (type === 'decline') return s === 'made' || s === 'contacted' ? 'declined' : undefined;
  if (type === 'start-attending') return s === 'accepted' ? 'attending' : undefined;
  if (type === 'complete') return s === 'attending' ? 'completed' : undefined;
  if (type === 'mark-not-completed')
    return open.includes(s) || s === 'paused' ? 'not-completed' : undefined;
  if (type === 'pause') return open.includes(s) ? 'paused' : undefined;
  if (type === 'resume') return s === 'paused' ? m.pausedFrom : undefined;
  return 'entered-in-error';
}

function mayIssue(type: ReferralCommandType, who: Who, selfReferral: boolean): boolean {
  // In a self-referral the person is the referrer; the GP (who referred nobody) has no role.
  const roles = new Set<string>(
    who === 'stranger' || (who === 'referrer' && selfReferral) ? [] : [who],
  );
  if (selfReferral && who === 'person') roles.add('referrer');
  if (type === 'make' || type === 'enter-in-error') return roles.has('referrer');
  if (type === 'decline') return roles.has('service') || roles.has('person');
  if (type === 'mark-not-completed') return roles.size > 0;
  return roles.has('service');
}

const needsReason = ['decline', 'mark-not-completed', 'pause', 'enter-in-error'];

const actors: Record<Who, { actor: Actor }> = {
  referrer: { actor: gp },
  service: { actor: linkWorker },
  person: { actor: person },
  stranger: { actor: { kind: 'system', name: 'unrelated integration' } },
};

const anyStepArb = fc.record({
  type: fc.constantFrom(...referralCommandTypes),
  who: fc.constantFrom<Who>('referrer', 'service', 'person', 'stranger'),
  reason: fc.constantFrom<string | undefined>(undefined, '', '  ', 'a reason'),
  minutes: fc.integer({ min: -120, max: 3 * 24 * 60 }),
});

/** Who would normally issue each command (so sequences get deep into the lifecycle). */
const usualIssuers: Record<ReferralCommandType, Who[]> = {
  make: ['referrer', 'person'],
  'record-contact': ['service'],
  accept: ['service'],
  decline: ['service', 'person'],
  'start-attending': ['service'],
  complete: ['service'],
  'mark-not-completed': ['service', 'referrer', 'person'],
  pause: ['service'],
  resume: ['service'],
  'enter-in-error': ['referrer', 'person'],
};

/** A step the model says is valid now (picked at run time), issued by a usual issuer. */
const guidedStepArb = fc.record({
  guided: fc.constant(true as const),
  pick: fc.nat(),
  minutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
});

const stepArb = fc.oneof(
  { arbitrary: guidedStepArb, weight: 3 },
  { arbitrary: anyStepArb, weight: 1 },
);

interface Step {
  type: ReferralCommandType;
  who: Who;
  reason: string | undefined;
  minutes: number;
}

/** Turns a guided step into a concrete one using the model (never the machine under test). */
function concrete(
  step: Step | { guided: true; pick: number; minutes: number },
  m: Model,
  self: boolean,
): Step {
  if (!('guided' in step)) return step;
  const valid = referralCommandTypes.filter(
    (type) => !terminal.includes(m.status) && nextStatus(m, type) !== undefined,
  );
  // Moves that keep the referral open count four times, so runs reach `completed` often.
  const weighted = valid.flatMap((type) =>
    terminal.includes(nextStatus(m, type) as string) && type !== 'complete'
      ? [type]
      : [type, type, type, type],
  );
  const type = weighted[step.pick % Math.max(weighted.length, 1)] ?? 'enter-in-error';
  const issuers = usualIssuers[type].filter((who) => mayIssue(type, who, self));
  const who = issuers[Math.floor(step.pick / 7) % Math.max(issuers.length, 1)] ?? 'stranger';
  return { type, who, reason: 'a reason', minutes: step.minutes };
}

const commandOf = (type: ReferralCommandType, reason: string | undefined): ReferralCommand => {
  const r = reason as string;
  if (type === 'mark-not-completed') return { type, reason: r, cause: 'lost-to-follow-up' };
  return (reason === undefined ? { type } : { type, reason }) as ReferralCommand;
};

describe('referral machine against a model', () => {
  it('agrees with the model, replays exactly, and rejected commands change nothing', () => {
    const reached = new Set<ReferralStatus>();
    fc.assert(
      fc.property(fc.boolean(), fc.array(stepArb, { maxLength: 30 }), (selfReferral, steps) => {
        const ids = sequentialIds('m');
        let ms = Date.UTC(2026, 10, 2, 9);
        const creator = selfReferral ? actors.person.actor : gp;
        const created = create(
          {
            tenantId: 't-1' as TenantId,
            personId,
            serviceId: records.service.id,
            route: selfReferral ? 'self-referral' : 'professional-referral',
            reason: { needs: [] },
          },
          { now: new Date(ms).toISOString(), actor: creator, ids, records },
        );
        if (!created.ok) throw new Error(created.error.message);
        let referral: Referral = created.value.referral;
        const events: ReferralEvent[] = [...created.value.events];
        const model: Model = { status: 'draft', accepted: false, declined: false };
        let lastChange = ms;

        for (const raw of steps) {
          const step = concrete(raw, model, selfReferral);
          ms += step.minutes * 60_000;
          const { actor } = actors[step.who];
          const context = { now: new Date(ms).toISOString(), actor, ids, records };
          const command = commandOf(step.type, step.reason);
          const target = nextStatus(model, step.type);
          // Authorisation first (an outsider learns nothing of the state), then the state.
          const expected = !mayIssue(step.type, step.who, selfReferral)
            ? 'not-authorised'
            : model.status === 'entered-in-error' ||
                (terminal.includes(model.status) && step.type !== 'enter-in-error')
              ? 'terminal-state'
              : target === undefined
                ? 'invalid-transition'
                : needsReason.includes(step.type) && (step.reason ?? '').trim() === ''
                  ? 'reason-required'
                  : step.reason === ''
                    ? 'reason-required'
                    : ms < lastChange
                      ? 'time-before-last-change'
                      : undefined;
          const allowed = allowedCommands(referral, context).includes(step.type);
          expect(allowed).toBe(
            expected === undefined ||
              expected === 'reason-required' ||
              expected === 'time-before-last-change',
          );

          const before = referral;
          const snapshot = structuredClone(referral);
          const result = transition(referral, command, context);
          if (expected !== undefined) {
            expect(result.ok ? 'ok' : result.error.code).toBe(expected);
            expect(before).toEqual(snapshot);
            continue;
          }
          if (!result.ok) throw new Error(result.error.message);
          referral = result.value.referral;
          events.push(...result.value.events);
          lastChange = ms;
          if (target === 'paused') model.pausedFrom = model.status;
          else delete model.pausedFrom;
          model.status = target as ReferralStatus;
          if (target === 'accepted' && step.type === 'accept') model.accepted = true;
          // The decline code says the person declined: only their own decline carries it.
          if (target === 'declined' && step.who === 'person') model.declined = true;

          reached.add(referral.status);
          expect(referral.status).toBe(model.status);
          expect(referral.pausedFrom).toBe(model.pausedFrom);
          expect(referral.history).toHaveLength(snapshot.history.length + 1);
          expect(referral.history.slice(0, -1)).toEqual(snapshot.history);
          expect(referral.codes).toEqual([
            ...(model.accepted ? [referralAcceptedCoding] : []),
            ...(model.declined ? [referralDeclinedCoding] : []),
          ]);
          for (const event of result.value.events) expect(parseReferralEvent(event).ok).toBe(true);
        }
        expect(parseReferral(referral)).toEqual({ ok: true, value: referral });
        expect(replay(events)).toEqual({ ok: true, value: referral });
      }),
      { numRuns: 300 },
    );
    // The generator must actually explore the whole lifecycle.
    expect([...reached].sort()).toEqual(
      [
        'made',
        'contacted',
        'accepted',
        'attending',
        'paused',
        'completed',
        'declined',
        'not-completed',
        'entered-in-error',
      ].sort(),
    );
  });
});
