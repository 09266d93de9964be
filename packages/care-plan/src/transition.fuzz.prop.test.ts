import {
  type Actor,
  type CarePlan,
  carePlanStates,
  defaultCarePlanPolicy,
  parseCarePlan,
  parseCarePlanCommand,
  sequentialIds,
} from '@livewell/core';
import {
  actorArb,
  carePlanArb,
  carePlanCommandArb,
  carePlanPolicyArb,
  isoInstantArb,
  timeZoneArb,
} from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedCommands } from './allowed.js';
import type { CarePlanCommand } from './commands.js';
import { actors } from './test-support/scenario.js';
import { planIn } from './test-support/states.js';
import { gate, step } from './transition.js';

const reachedPlans = carePlanStates.map((state) => planIn(state).plan);

/** Plans that were reached along real paths, and arbitrary schema-valid (even incoherent) ones. */
const planArb: fc.Arbitrary<CarePlan> = fc.oneof(
  fc.constantFrom(...reachedPlans),
  carePlanArb
    .map((plan) => parseCarePlan(plan))
    .filter((r) => r.ok)
    .map((r) => (r.ok ? r.value : (undefined as never))),
);
const anyActor = fc.oneof(actorArb, fc.constantFrom(...Object.values(actors)));

/** Someone on the plan's own team (so commands get past authorisation), or anyone. */
const actorFor = (plan: CarePlan): fc.Arbitrary<Actor> =>
  fc.oneof(
    anyActor,
    fc.constantFrom<Actor>(
      { kind: 'person', personId: plan.personId },
      ...plan.careTeam.members.map(
        (m): Actor => ({ kind: 'practitioner', practitionerId: m.practitionerId, role: m.role }),
      ),
      ...plan.careTeam.carers.map(
        (c): Actor => ({ kind: 'carer', carerId: c.carerId, onBehalfOf: plan.personId }),
      ),
    ),
  );

function checkStep(plan: CarePlan, command: CarePlanCommand, context: Parameters<typeof step>[2]) {
  const before = JSON.stringify(plan);
  const stepped = step(plan, command, context);
  if (stepped.rejection) {
    expect(stepped.plan).toBe(plan);
    expect(JSON.stringify(plan)).toBe(before);
    expect(typeof stepped.rejection.code).toBe('string');
  } else {
    const parsed = parseCarePlan(stepped.plan);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(JSON.stringify(plan)).toBe(before);
  }
}

describe('transition under fuzzing', () => {
  it('never throws and never changes a plan, for any schema-valid command, plan, actor and time', () => {
    fc.assert(
      fc.property(
        planArb.chain((plan) => fc.tuple(fc.constant(plan), actorFor(plan))),
        carePlanCommandArb,
        isoInstantArb,
        carePlanPolicyArb,
        timeZoneArb,
        ([plan, actor], command, now, policy, timeZone) => {
          checkStep(plan, command, { now, actor, policy, timeZone, ids: sequentialIds('f') });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('offers in allowedCommands exactly the commands that pass the table and authorisation', () => {
    fc.assert(
      fc.property(
        planArb.chain((plan) => fc.tuple(fc.constant(plan), actorFor(plan))),
        carePlanCommandArb,
        isoInstantArb,
        ([plan, actor], command, now) => {
          const context = {
            now,
            actor,
            policy: defaultCarePlanPolicy,
            timeZone: 'Europe/London',
            ids: sequentialIds('g'),
          };
          const offered = allowedCommands(plan, actor).includes(command.type);
          expect(gate(plan, command, context) === undefined).toBe(offered);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws for hostile input that passes parseCarePlanCommand, or rejects it as a value', () => {
    const hostile = fc.oneof(
      fc.anything(),
      fc.record({
        type: fc.constantFrom('agree-plan', 'pause', 'draft-action-plan', 'set-goal', '__proto__'),
        reason: fc.anything(),
        what: fc.anything(),
        reviewDate: fc.anything(),
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...reachedPlans),
        hostile,
        anyActor,
        isoInstantArb,
        (plan, input, actor, now) => {
          const parsed = parseCarePlanCommand(input);
          if (!parsed.ok) {
            expect(parsed.error.code).toBe('invalid-input');
            return;
          }
          checkStep(plan, parsed.value, {
            now,
            actor,
            policy: {
              resultsLeadTimeDays: 7,
              resultsTurnaroundWorkingDays: 3,
              reminderWorkingDays: 2,
              arrivalCheckMinutesBefore: 10,
              informationGatheringTime: '09:00',
              letterTime: '09:00',
              reviewIntervalMonths: 12,
              systemActors: ['recall-job'],
            },
            timeZone: 'Europe/London',
            ids: sequentialIds('h'),
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
