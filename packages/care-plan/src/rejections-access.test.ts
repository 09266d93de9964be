import type { CarePlan, IsoInstant, RecordId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import type { CarePlanCommand } from './commands.js';
import { parseTransitionContext, type TransitionContext } from './context.js';
import type { RejectionCode } from './rejection.js';
import { replay } from './replay.js';
import { parseCarePlanStart, startCarePlan } from './start.js';
import { actors, careTeam, contextAt, personId, tenantId } from './test-support/scenario.js';
import { planIn } from './test-support/states.js';
import { step } from './transition.js';

/** Issues `command` and expects the rejection `code`, with the plan object left as it was. */
function expectRejected(
  plan: CarePlan,
  command: CarePlanCommand,
  now: IsoInstant,
  actor: Parameters<typeof contextAt>[1],
  code: RejectionCode,
) {
  const stepped = step(plan, command, contextAt(now, actor));
  expect(stepped.rejection?.code).toBe(code);
  expect(stepped.plan).toBe(plan);
  expect(stepped.events).toEqual([]);
  return stepped.rejection;
}

function _accept(plan: CarePlan, command: CarePlanCommand, now: IsoInstant, actor = actors.nurse) {
  const stepped = step(plan, command, contextAt(now, actor));
  if (stepped.rejection) throw new Error(stepped.rejection.message);
  return stepped.plan;
}

describe('rejections: access, state and input', () => {
  it('not-authorised: outside the care team, wrong person, carer without consent, wrong role', () => {
    const { plan, now } = planIn('in-conversation');
    const agree: CarePlanCommand = { type: 'agree-plan', reviewDate: '2030-01-01' };
    const outside = expectRejected(plan, agree, now, actors.outsider, 'not-authorised');
    expect(outside?.details?.reason).toBe('outside-care-team');
    expectRejected(plan, agree, now, actors.otherPerson, 'not-authorised');
    expectRejected(
      plan,
      { type: 'record-what-matters', text: 'x', inOwnWords: true },
      now,
      actors.carerWithoutConsent,
      'not-authorised',
    );
    const role = expectRejected(plan, agree, now, actors.receptionist, 'not-authorised');
    expect(role?.details?.reason).toBe('role-not-permitted');
    expectRejected(
      plan,
      { type: 'set-goal', description: 'x', domain: 'social', owner: 'person' },
      now,
      actors.carer,
      'not-authorised',
    );
    // The role recorded in the care team counts, not the role the caller claims.
    expectRejected(
      plan,
      agree,
      now,
      { kind: 'practitioner', practitionerId: 'reception-1' as never, role: 'gp' },
      'not-authorised',
    );
    const started = startCarePlan({ tenantId, personId, careTeam }, contextAt(now, actors.person));
    expect(!started.ok && started.error.code).toBe('not-authorised');
  });

  it('invalid-transition: a command from a state without that row', () => {
    const { plan, now } = planIn('invited');
    expectRejected(
      plan,
      { type: 'agree-plan', reviewDate: '2030-01-01' },
      now,
      actors.nurse,
      'invalid-transition',
    );
    const active = planIn('active');
    const goalId = active.plan.goals[0]?.id as RecordId;
    expectRejected(
      active.plan,
      { type: 'change-goal-status', goalId, status: 'proposed' },
      active.now,
      actors.person,
      'invalid-transition',
    );
    const voided = step(
      active.plan,
      { type: 'change-goal-status', goalId, status: 'entered-in-error', reason: 'Duplicate' },
      contextAt(active.now, actors.gp),
    ).plan;
    expectRejected(
      voided,
      { type: 'change-goal-status', goalId, status: 'agreed' },
      active.now,
      actors.gp,
      'invalid-transition',
    );
  });

  it('terminal-state: withdrawn and entered-in-error plans accept nothing further', () => {
    const withdrawn = planIn('withdrawn');
    expectRejected(
      withdrawn.plan,
      { type: 'withdraw', reason: 'again' },
      withdrawn.now,
      actors.person,
      'terminal-state',
    );
    const voided = planIn('entered-in-error');
    expectRejected(
      voided.plan,
      { type: 'mark-entered-in-error', reason: 'again' },
      voided.now,
      actors.gp,
      'terminal-state',
    );
  });

  it('invalid-command: blank text, out-of-range confidence, bad dates, unknown command', () => {
    const { plan, now } = planIn('in-conversation');
    expectRejected(
      plan,
      { type: 'record-what-matters', text: '   ', inOwnWords: true },
      now,
      actors.person,
      'invalid-command',
    );
    expectRejected(
      plan,
      { type: 'draft-action-plan', what: 'Walk', confidence: 11 },
      now,
      actors.person,
      'invalid-command',
    );
    expectRejected(
      plan,
      {
        type: 'set-goal',
        description: 'x',
        domain: 'social',
        owner: 'person',
        targetDate: '2027-02-30',
      },
      now,
      actors.person,
      'invalid-command',
    );
    expectRejected(
      plan,
      { type: 'record-contingency-plan', warningSigns: [], whatToDo: [], whomToCall: [] },
      now,
      actors.person,
      'invalid-command',
    );
    expectRejected(
      plan,
      JSON.parse('{"type":"launch-rocket"}'),
      now,
      actors.person,
      'invalid-command',
    );
    const invited = planIn('invited');
    expectRejected(
      invited.plan,
      { type: 'book-information-gathering', start: 'next tuesday' },
      invited.now,
      actors.receptionist,
      'invalid-command',
    );
    expectRejected(
      invited.plan,
      { type: 'record-reminder-sent', channel: 'text-message', sentAt: '2031-01-01T09:00:00Z' },
      invited.now,
      actors.receptionist,
      'invalid-command',
    );
  });

  it('invalid-context: a bad clock, zone, actor, policy or id generator changes nothing', () => {
    const { plan, now } = planIn('active');
    const good = contextAt(now, actors.nurse);
    const command: CarePlanCommand = { type: 'pause', reason: 'Hospital stay' };
    const bad: Record<string, unknown>[] = [
      { now: 'yesterday' },
      { now: '2026-13-01T09:00:00Z' },
      { timeZone: 'Mars/Olympus_Mons' },
      { actor: { kind: 'practitioner', practitionerId: 'nurse-1' } },
      { actor: 'nurse' },
      { policy: { resultsLeadTimeDays: -1 } },
      { ids: 'counter' },
    ];
    for (const change of bad) {
      const context: TransitionContext = JSON.parse(JSON.stringify({ ...good, ...change }));
      const withIds = { ...context, ids: 'ids' in change ? context.ids : good.ids };
      const stepped = step(plan, command, withIds);
      expect(stepped.rejection?.code, JSON.stringify(change)).toBe('invalid-context');
      expect(stepped.plan).toBe(plan);
      const started = startCarePlan({ tenantId, personId, careTeam }, withIds);
      expect(started.ok || started.error.code).toBe('invalid-context');
    }
    expect(parseTransitionContext({ ...good, now: 'yesterday' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-context', details: { issues: [{ path: ['now'] }] } },
    });
    expect(parseTransitionContext(good).ok).toBe(true);
  });

  it('startCarePlan: a malformed start is invalid-command, never a throw or not-authorised', () => {
    const context = contextAt('2026-10-01T09:00:00Z', actors.receptionist);
    const starts: unknown[] = [
      { tenantId, personId, careTeam: { members: 'oops', carers: [] } },
      { tenantId, personId, careTeam: { members: careTeam.members } },
      { tenantId: 'bad tenant!', personId, careTeam },
      { tenantId, careTeam },
      null,
      'start',
    ];
    for (const start of starts) {
      const parsed = parseCarePlanStart(start);
      expect(parsed.ok).toBe(false);
      const started = startCarePlan(JSON.parse(JSON.stringify(start ?? null)), context);
      expect(started.ok || started.error.code, JSON.stringify(start)).toBe('invalid-command');
    }
    expect(parseCarePlanStart({ tenantId, personId, careTeam }).ok).toBe(true);
  });

  it('not-authorised: a system actor the practice policy does not name', () => {
    const context = contextAt('2026-10-01T09:00:00Z', actors.untrustedSystem);
    const started = startCarePlan({ tenantId, personId, careTeam }, context);
    expect(started.ok || started.error.code).toBe('not-authorised');
    const { plan, now } = planIn('invited');
    const rejected = expectRejected(
      plan,
      { type: 'book-information-gathering', start: '2026-12-01T09:00:00Z' },
      now,
      actors.untrustedSystem,
      'not-authorised',
    );
    expect(rejected?.details).toMatchObject({ reason: 'system-not-trusted' });
    const trusted = step(
      plan,
      { type: 'book-information-gathering', start: '2026-12-01T09:00:00Z' },
      contextAt(now, actors.system),
    );
    expect(trusted.rejection).toBeUndefined();
  });

  it('reason-required: pausing, withdrawing and voiding need a reason', () => {
    const { plan, now } = planIn('active');
    expectRejected(plan, { type: 'pause', reason: ' ' }, now, actors.person, 'reason-required');
    expectRejected(plan, { type: 'withdraw', reason: '' }, now, actors.person, 'reason-required');
    expectRejected(
      plan,
      { type: 'mark-entered-in-error', reason: '\n' },
      now,
      actors.gp,
      'reason-required',
    );
  });

  it('unknown-goal and unknown-action-plan', () => {
    const { plan, now } = planIn('active');
    expectRejected(
      plan,
      { type: 'change-goal-status', goalId: 'nope' as RecordId, status: 'done' },
      now,
      actors.person,
      'unknown-goal',
    );
    expectRejected(
      plan,
      { type: 'record-check-in', actionPlanId: 'nope' as RecordId, progress: 'all' },
      now,
      actors.person,
      'unknown-action-plan',
    );
  });

  it('invalid-history: replay needs one start event first and one plan', () => {
    const { events } = planIn('active');
    const codes = [
      replay([]),
      replay(events.slice(1)),
      replay([...events, events[0] as never]),
      replay([...events, { ...(events[3] as object), planId: 'other' } as never]),
    ].map((r) => !r.ok && r.error.code);
    expect(codes).toEqual([
      'invalid-history',
      'invalid-history',
      'invalid-history',
      'invalid-history',
    ]);
  });
});
