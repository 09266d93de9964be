import {
  type Actor,
  type CarePlan,
  type CarePlanCommandType,
  type CarerId,
  type PersonId,
  type PractitionerId,
  type PractitionerRole,
  PractitionerRoleSchema,
} from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startCarePlan } from './start.js';
import { transitionTable } from './table.js';
import {
  careTeam,
  contextAt,
  personId,
  plusDays,
  tenantId,
  testPolicy,
} from './test-support/scenario.js';
import { planIn, validCommand } from './test-support/states.js';
import { step } from './transition.js';

// The oracle: who may issue each command, written out from docs/care-plan.md (not read from the
// machine's specs), and the documented rules for reading an actor against the plan's records.
const staff = ['receptionist', 'healthcare-assistant', 'gp', 'nurse', 'pharmacist'] as const;
const clinicians = ['gp', 'nurse', 'pharmacist'] as const;
const contributors = [...clinicians, 'health-coach', 'link-worker'] as const;
const supporters = [...clinicians, 'health-coach', 'link-worker', 'peer-supporter'] as const;

interface Rule {
  readonly roles: readonly PractitionerRole[];
  readonly person?: true;
  readonly carer?: true;
  readonly system?: true;
}

const documented: Record<CarePlanCommandType, Rule> = {
  'book-information-gathering': { roles: staff, system: true },
  'send-preparation': { roles: staff, system: true },
  'book-conversation': { roles: staff, person: true, carer: true, system: true },
  'record-reminder-sent': { roles: staff, system: true },
  'record-arrival': { roles: ['receptionist', 'healthcare-assistant', 'nurse'] },
  'start-conversation': { roles: clinicians },
  'record-what-matters': { roles: contributors, person: true, carer: true },
  'set-goal': { roles: clinicians, person: true },
  'change-goal-status': { roles: [...clinicians, 'health-coach'], person: true },
  'draft-action-plan': { roles: contributors, person: true, carer: true },
  'revise-action-plan': { roles: contributors, person: true, carer: true },
  'record-contingency-plan': { roles: contributors, person: true, carer: true },
  'agree-plan': { roles: clinicians, person: true },
  pause: { roles: clinicians, person: true, carer: true },
  resume: { roles: clinicians, person: true, carer: true },
  'record-check-in': { roles: supporters, person: true, carer: true },
  'record-support-contact': { roles: supporters, system: true },
  'book-review': { roles: staff, person: true, carer: true, system: true },
  'start-review': { roles: clinicians, person: true, carer: true },
  'continue-plan': { roles: clinicians, person: true },
  'revise-plan': { roles: clinicians, person: true },
  withdraw: { roles: [...clinicians, 'receptionist'], person: true, carer: true },
  'mark-entered-in-error': { roles: [...clinicians, 'receptionist'], system: true },
  'record-agenda': { roles: staff, person: true, carer: true },
  'mark-agenda-topic': { roles: clinicians, person: true },
};
/** Starting a plan: practice staff on the team, or a trusted system (docs: "startCarePlan"). */
const startRule: Rule = { roles: staff, system: true };

function oracle(rule: Rule, plan: Pick<CarePlan, 'personId' | 'careTeam'>, actor: Actor) {
  switch (actor.kind) {
    case 'person':
      return rule.person === true && actor.personId === plan.personId;
    case 'carer':
      return (
        rule.carer === true &&
        actor.onBehalfOf === plan.personId &&
        plan.careTeam.carers.some((c) => c.carerId === actor.carerId && c.consentToShare)
      );
    case 'practitioner': {
      // The role recorded in the care team counts, never the role the actor claims.
      const member = plan.careTeam.members.find((m) => m.practitionerId === actor.practitionerId);
      return member !== undefined && rule.roles.includes(member.role);
    }
    case 'system':
      return rule.system === true && testPolicy.systemActors.includes(actor.name);
  }
}

const roleArb = fc.constantFrom(...PractitionerRoleSchema.options);
const otherPerson = 'person-2' as PersonId;
/** Staff of every role in and out of the team, persons, carers, systems: all well formed. */
const actorArb: fc.Arbitrary<Actor> = fc.oneof(
  fc
    .record({ member: fc.constantFrom(...careTeam.members), claimed: roleArb })
    .map(({ member, claimed }) => ({
      kind: 'practitioner' as const,
      practitionerId: member.practitionerId,
      role: claimed,
    })),
  fc
    .record({ id: fc.constantFrom('gp-elsewhere', 'locum-7', 'nurse-2'), role: roleArb })
    .map(({ id, role }) => ({
      kind: 'practitioner' as const,
      practitionerId: id as PractitionerId,
      role,
    })),
  fc.constantFrom<Actor>({ kind: 'person', personId }, { kind: 'person', personId: otherPerson }),
  fc
    .record({
      carerId: fc.constantFrom('carer-1', 'carer-2', 'carer-9'),
      onBehalfOf: fc.constantFrom(personId, otherPerson),
    })
    .map(({ carerId, onBehalfOf }) => ({
      kind: 'carer' as const,
      carerId: carerId as CarerId,
      onBehalfOf,
    })),
  fc
    .constantFrom('recall-job', 'Recall-Job', 'unlisted-integration', 'recall-job ')
    .map((name): Actor => ({ kind: 'system', name })),
);

const commandTypes = Object.keys(documented).filter((t): t is CarePlanCommandType =>
  Object.hasOwn(transitionTable, t),
);
/** A plan where each command is accepted by state, and the time it is issued. */
const setting = Object.fromEntries(
  commandTypes.map((type) => {
    const from = transitionTable[type].from[0];
    if (!from) throw new Error(`${type} is accepted nowhere`);
    const { plan, now } = planIn(from);
    return [type, { plan, now: plusDays(now, 30) }];
  }),
);

describe('actor fuzz: the machine accepts exactly what the documented rules allow', () => {
  it('has an oracle rule for every command', () => {
    expect(Object.keys(documented).sort()).toEqual(Object.keys(transitionTable).sort());
  });

  it('every command, random well-formed actors', () => {
    fc.assert(
      fc.property(fc.constantFrom(...commandTypes), actorArb, (type, actor) => {
        const entry = setting[type];
        if (!entry) throw new Error(type);
        const { plan, now } = entry;
        const stepped = step(plan, validCommand(type, plan), contextAt(now, actor));
        const allowed = oracle(documented[type], plan, actor);
        if (allowed) {
          expect(stepped.rejection, `${type} by ${JSON.stringify(actor)}`).toBeUndefined();
        } else {
          expect(stepped.rejection?.code, `${type} by ${JSON.stringify(actor)}`).toBe(
            'not-authorised',
          );
          expect(stepped.plan).toBe(plan);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('starting a plan, random well-formed actors', () => {
    fc.assert(
      fc.property(actorArb, (actor) => {
        const started = startCarePlan(
          { tenantId, personId, careTeam },
          contextAt('2026-10-01T09:00:00Z', actor),
        );
        const allowed = oracle(startRule, { personId, careTeam }, actor);
        expect(started.ok ? 'ok' : started.error.code).toBe(allowed ? 'ok' : 'not-authorised');
      }),
      { numRuns: 300 },
    );
  });

  it('garbage actors are invalid-context, never accepted, never a throw', () => {
    const garbage = fc.oneof(
      fc.anything(),
      fc.constantFrom<unknown>(
        { kind: 'system' },
        { kind: 'system', name: '' },
        { kind: 'practitioner', practitionerId: 'nurse-1' },
        { kind: 'practitioner', practitionerId: 'nurse-1', role: 'surgeon' },
        { kind: 'carer', carerId: 'carer-1' },
        { kind: 'person', personId: 'bad id!' },
        { kind: 'robot', name: 'recall-job' },
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...commandTypes), garbage, (type, actor) => {
        const entry = setting[type];
        if (!entry) throw new Error(type);
        const context = { ...contextAt(entry.now, { kind: 'person', personId }), actor };
        const command = validCommand(type, entry.plan);
        const stepped = step(
          entry.plan,
          command,
          JSON.parse(JSON.stringify({ ...context, ids: 0 })),
        );
        expect(stepped.rejection?.code).toBe('invalid-context');
        const direct: Parameters<typeof step>[2] = Object.assign(JSON.parse('{}'), context);
        expect(step(entry.plan, command, direct).rejection?.code).toBe('invalid-context');
      }),
      { numRuns: 500 },
    );
  });
});
