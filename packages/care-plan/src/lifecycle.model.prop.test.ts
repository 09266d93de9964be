import {
  type CarePlan,
  type CarePlanEvent,
  carePlanStates,
  defineLifecycle,
  type IdGenerator,
  parseCarePlan,
  parseCarePlanEvent,
  sequentialIds,
} from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCopy } from './fold-copy.js';
import type { CarePlanTypes } from './lifecycle-types.js';
import { carePlanDefinition } from './machine.js';
import { replay } from './replay.js';
import { startCarePlan } from './start.js';
import { type GeneratedStep, generatedStepArb, startStateArb } from './test-support/command-arb.js';
import { advance, concreteCommand, expectation, type Model } from './test-support/model.js';
import {
  actors,
  careTeam,
  contextAt,
  personId,
  plusDays,
  START,
  tenantId,
} from './test-support/scenario.js';
import { scripts } from './test-support/states.js';
import { step } from './transition.js';

/** The lifecycle folding with segments of two entries, so every growing list is segmented. */
const segmented = defineLifecycle<CarePlanTypes>()({
  ...carePlanDefinition,
  fold: (start, run) => foldCopy(start, run, 2),
});

interface Real {
  plan: CarePlan;
  events: CarePlanEvent[];
  readonly ids: IdGenerator;
}

function checkInvariants(real: Real, model: Model, fresh: readonly CarePlanEvent[]) {
  const { plan } = real;
  expect(carePlanStates).toContain(plan.state);
  expect(plan.state).toBe(model.state);
  expect(Object.isFrozen(plan) && Object.isFrozen(plan.goals)).toBe(true);
  const parsed = parseCarePlan(plan);
  if (!parsed.ok) throw new Error(parsed.error.message);
  for (const event of fresh) {
    expect(parseCarePlanEvent(event).ok).toBe(true);
    expect(event.at).toBe(model.now);
  }
  expect(plan.goals.map((g) => [g.id, g.status])).toEqual(model.goals.map((g) => [g.id, g.status]));
  expect(plan.actionPlans.map((a) => a.id)).toEqual(model.actions.map((a) => a.id));
  expect(
    (plan.preparation.agenda?.topics ?? []).map((t) => [t.id, t.outcome !== undefined]),
  ).toEqual(model.topics.map((t) => [t.id, t.marked]));
  expect(plan.preparation.reminders).toHaveLength(model.reminders);
  if (['active', 'paused', 'under-review', 'superseded'].includes(plan.state)) {
    expect(plan.agreedAt).toBeDefined();
    expect(plan.reviewDate).toBeDefined();
    expect(plan.whatMattersToMe.some((s) => s.inOwnWords)).toBe(true);
  }
  const rebuilt = replay(real.events);
  expect(rebuilt.ok && rebuilt.value).toEqual(plan);
  // Every growing list built in segments of two (foldCopy) gives the same plan.
  const segmentedRebuild = segmented.replay(real.events);
  expect(segmentedRebuild.ok && segmentedRebuild.value).toEqual(plan);
}

class StepCommand implements fc.Command<Model, Real> {
  constructor(readonly generated: GeneratedStep) {}
  check = () => true;
  run(model: Model, real: Real): void {
    model.now = plusDays(model.now, this.generated.afterDays);
    const command = concreteCommand(model, this.generated);
    const expected = expectation(model, this.generated.actorKey, command);
    const before = real.plan;
    const result = step(
      before,
      command,
      contextAt(model.now, actors[this.generated.actorKey], real.ids),
    );
    if (expected.accept) {
      if (result.rejection)
        throw new Error(
          `expected acceptance, got ${result.rejection.code}: ${result.rejection.message}`,
        );
      expect(result.events.length).toBeGreaterThan(0);
      advance(model, command, result.events);
    } else {
      expect(result.rejection?.code, `expected one of ${expected.codes.join(', ')}`).toBeOneOf([
        ...expected.codes,
      ]);
      expect(result.plan).toBe(before);
      expect(result.events).toEqual([]);
    }
    real.plan = result.plan;
    real.events.push(...result.events);
    checkInvariants(real, model, result.events);
  }
  toString = () =>
    `${this.generated.actorKey}+${this.generated.afterDays}d ${JSON.stringify(this.generated.command)}`;
}

const keyOf = (actor: unknown) =>
  (Object.keys(actors) as (keyof typeof actors)[]).find((k) => actors[k] === actor) ?? 'person';

describe('the lifecycle against a simple model', () => {
  it('agrees with the model on every command, valid or not, and replays to the same plan', () => {
    fc.assert(
      fc.property(
        startStateArb,
        fc.commands([generatedStepArb.map((g) => new StepCommand(g))], {
          maxCommands: 60,
          size: 'medium',
        }),
        (startState, commands) => {
          const ids = sequentialIds('m');
          const started = startCarePlan(
            { tenantId, personId, careTeam },
            contextAt(START, actors.receptionist, ids),
          );
          if (!started.ok) throw new Error(started.error.message);
          const model: Model = {
            state: 'invited',
            now: START,
            ownWords: false,
            goals: [],
            actions: [],
            topics: [],
            reminders: 0,
          };
          const real: Real = { plan: started.value.plan, events: [...started.value.events], ids };
          const prefix = scripts[startState].map(
            (s) =>
              new StepCommand({
                actorKey: keyOf(s.actor),
                afterDays: s.afterDays,
                command: s.command,
                // The scripts' only references are to the first agenda topic and goal.
                goalRef: { index: 0 },
                actionRef: 'bogus',
                topicRef: { index: 0 },
              }),
          );
          for (const s of prefix) s.run(model, real);
          expect(real.plan.state).toBe(startState);
          fc.modelRun(() => ({ model, real }), commands);
        },
      ),
      { numRuns: 100 },
    );
  });
});
