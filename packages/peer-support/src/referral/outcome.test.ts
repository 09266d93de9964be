import {
  type Actor,
  type PractitionerId,
  type RecordId,
  type Referral,
  type ReferralOutcome,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { supportNeeds } from '../directory/needs.js';
import { gp, linkWorker, personId, records } from './__fixtures__/records.js';
import { referralCohortFigures } from './cohort-figures.js';
import type { Command } from './command.js';
import type { ReferralContext } from './context.js';
import { create } from './create.js';
import { measureChange, outcomeSummary } from './outcome-summary.js';
import { replay, transition } from './transition.js';

const ids = sequentialIds('o');
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T09:00:00Z`;
const by = (actor: Actor, day: number): ReferralContext => ({ now: at(day), actor, ids, records });

const outcome: ReferralOutcome = {
  needsAddressed: [supportNeeds.loneliness],
  concernsAddressed: ['evenings alone since retiring'],
  supportGiven: ['introduced to the evening café', 'three follow-up calls'],
  measures: [
    {
      instrumentId: 'ons4',
      score: 'life-satisfaction',
      higherIs: 'better',
      start: { value: 4, at: at(3) },
      end: { value: 7, at: at(20) },
    },
    {
      instrumentId: 'ons4',
      score: 'anxiety',
      higherIs: 'worse',
      start: { value: 6, at: at(3) },
      end: { value: 3, at: at(20) },
    },
  ],
  summary: 'Goes to the café every Thursday and has joined the walking group.',
};

function run(commands: [Command, Actor, number][]) {
  const made = create(
    {
      tenantId: 't-1' as TenantId,
      personId,
      serviceId: records.service.id,
      route: 'professional-referral',
      reason: { needs: [supportNeeds.loneliness], text: 'lonely in the evenings' },
      make: true,
    },
    by(gp, 2),
  );
  if (!made.ok) throw new Error(made.error.message);
  let referral = made.value.referral;
  const events = [...made.value.events];
  for (const [command, actor, day] of commands) {
    const r = transition(referral, command, by(actor, day));
    if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
    referral = r.value.referral;
    events.push(...r.value.events);
  }
  return { referral, events };
}

const completedWith = (o: ReferralOutcome | undefined) =>
  run([
    [{ type: 'accept' }, linkWorker, 3],
    [{ type: 'start-attending' }, linkWorker, 4],
    [o === undefined ? { type: 'complete' } : { type: 'complete', outcome: o }, linkWorker, 20],
  ]);

const theGp: Actor = { kind: 'practitioner', practitionerId: 'gp-9' as PractitionerId, role: 'gp' };

describe('referral outcomes and the message back', () => {
  it('completion records the outcome, on the referral and in the event, and replays', () => {
    const { referral, events } = completedWith(outcome);
    expect(referral.outcome).toEqual(outcome);
    const replayed = replay(events);
    expect(replayed.ok && replayed.value.outcome).toEqual(outcome);
  });

  it('the message back is addressed to the referrer and the GP, with each measure’s change', () => {
    const { referral } = completedWith(outcome);
    const message = outcomeSummary(referral, { gp: theGp });
    if (!message.ok) throw new Error(message.error.message);
    expect(message.value.to).toEqual([gp, theGp]);
    expect(message.value.measures.map((m) => [m.score, m.direction, m.improvement])).toEqual([
      ['life-satisfaction', 'improved', 3],
      ['anxiety', 'improved', 3],
    ]);
    expect(message.value.lines).toContain('ons4 anxiety: 6 → 3 (improved)');
    // The GP who referred gets one copy.
    const self = outcomeSummary(referral, { gp });
    expect(self.ok && self.value.to).toEqual([gp]);
  });

  it('no-outcome before completion, or when completed without one', () => {
    const open = run([[{ type: 'accept' }, linkWorker, 3]]).referral;
    expect(outcomeSummary(open).ok ? 'ok' : 'no-outcome').toBe('no-outcome');
    const bare = completedWith(undefined).referral;
    const r = outcomeSummary(bare);
    expect(r.ok ? 'ok' : r.error.code).toBe('no-outcome');
  });

  it('a malformed outcome is invalid-command and changes nothing', () => {
    const attending = run([
      [{ type: 'accept' }, linkWorker, 3],
      [{ type: 'start-attending' }, linkWorker, 4],
    ]).referral;
    const bad: Command = { type: 'complete', outcome: { ...outcome, supportGiven: [] } };
    const r = transition(attending, bad, by(linkWorker, 20));
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-command');
  });
});

describe('measureChange', () => {
  it('improvement is positive exactly when the score moved the better way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom('better' as const, 'worse' as const),
        (start, end, higherIs) => {
          const m = measureChange({
            instrumentId: 'ons4',
            score: 'total',
            higherIs,
            start: { value: start, at: at(1) },
            end: { value: end, at: at(2) },
          });
          expect(m.change).toBe(end - start);
          expect(Math.abs(m.improvement)).toBe(Math.abs(end - start));
          const better = higherIs === 'better' ? end > start : end < start;
          expect(m.direction === 'improved').toBe(better);
        },
      ),
    );
  });
});

describe('referralCohortFigures', () => {
  it('counts referrals by need and outcome change by need and by service', () => {
    const a = completedWith(outcome).referral;
    const worse: ReferralOutcome = {
      ...outcome,
      measures: [
        {
          instrumentId: 'ons4',
          score: 'life-satisfaction',
          higherIs: 'better',
          start: { value: 6, at: at(3) },
          end: { value: 5, at: at(20) },
        },
      ],
    };
    const b = completedWith(worse).referral;
    const open: Referral = { ...a, id: 'r-open' as RecordId, status: 'attending' };
    const wrong: Referral = { ...a, id: 'r-err' as RecordId, status: 'entered-in-error' };
    const figures = referralCohortFigures([a, b, open, wrong]);
    expect(figures.byNeed).toEqual([
      { need: supportNeeds.loneliness, referrals: 3, completed: 2, withOutcome: 2 },
    ]);
    const life = figures.outcomeByNeed.find((o) => o.score === 'life-satisfaction');
    expect(life).toMatchObject({ n: 2, meanImprovement: 1, improved: 1, worsened: 1 });
    expect(figures.outcomeByService.map((o) => [o.serviceId, o.score, o.n])).toEqual([
      [records.service.id, 'life-satisfaction', 2],
      [records.service.id, 'anxiety', 1],
    ]);
  });
});
