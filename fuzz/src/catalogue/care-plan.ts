import * as cp from '@livewell/care-plan';
import {
  type Actor,
  type CarePlan,
  type CarePlanEvent,
  defaultCarePlanPolicy,
  type PlanCareTeam,
  sequentialIds,
  type TimeZone,
} from '@livewell/core';
import {
  actorArb,
  carePlanArb,
  carePlanCommandArb,
  isoDateArb,
  isoInstantArb,
  personIdArb,
  planCareTeamArb,
  tenantIdArb,
  timeZoneArb,
} from '@livewell/core/testing';
import fc from 'fast-check';
import { entriesOf, spread } from './define.js';
import type { EntryPoint } from './entry.js';

const plans = entriesOf('@livewell/care-plan', 'care-plan', 'result');

/** An actor from the plan's care team (so commands get past the permission check), or anyone. */
const actorFor = (team: PlanCareTeam): fc.Arbitrary<Actor> => {
  const members = team.members.map(
    (m): Actor => ({ kind: 'practitioner', practitionerId: m.practitionerId, role: m.role }),
  );
  return members.length ? fc.oneof(fc.constantFrom(...members), actorArb) : actorArb;
};

/** A transition context for a plan with this care team. */
const contextFor = (team: PlanCareTeam) =>
  fc.record({ now: isoInstantArb, actor: actorFor(team), timeZone: timeZoneArb }).map((c) => ({
    ...c,
    policy: defaultCarePlanPolicy,
    ids: sequentialIds('fuzz'),
  }));

const startArb = fc
  .record({ tenantId: tenantIdArb, personId: personIdArb, careTeam: planCareTeamArb })
  .chain((command) => contextFor(command.careTeam).map((context) => [command, context] as const));

/**
 * A driven plan: started, then random commands applied (rejected ones leave no trace). Gives a
 * real event history, and the last accepted step (plan before, command, context) — so valid
 * transition arguments are ones the lifecycle accepts.
 */
export const drivenArb = fc
  .tuple(startArb, fc.array(carePlanCommandArb, { maxLength: 12 }), carePlanArb, carePlanCommandArb)
  .map(([[command, context], commands, fallbackPlan, fallbackCommand]) => {
    const started = cp.startCarePlan(command, context);
    if (!started.ok) return { events: [], step: [fallbackPlan, fallbackCommand, context] as const };
    let plan: CarePlan = started.value.plan;
    const events: CarePlanEvent[] = [...started.value.events];
    let step: readonly unknown[] = [plan, fallbackCommand, context];
    for (const c of commands) {
      const next = cp.transition(plan, c, context);
      if (next.ok) {
        step = [plan, c, context];
        plan = next.value.plan;
        events.push(...next.value.events);
      }
    }
    return { events: JSON.parse(JSON.stringify(events)) as unknown[], step };
  });

const transitionArb = drivenArb.map((d) => d.step);
const historyArb = drivenArb.map((d) => [d.events] as const);

const planAndActor = carePlanArb.chain((plan) =>
  fc.tuple(fc.constant(plan), actorFor(plan.careTeam)),
);
const planWithContext = carePlanArb.chain((plan) =>
  fc.tuple(fc.constant(plan), contextFor(plan.careTeam)),
);
const typed = { domain: 'typed', typedError: 'total' } as const;

/** The care-plan lifecycle: start, commands, replay, upcasts, and the rules given user values. */
export const carePlanEntries: EntryPoint[] = [
  plans.call({ name: 'startCarePlan', valid: startArb, outside: [0, 1] }, (a) =>
    cp.startCarePlan(a[0] as cp.StartCarePlanCommand, a[1] as cp.TransitionContext),
  ),
  plans.call({ name: 'transition', valid: transitionArb, outside: [1, 2] }, spread(cp.transition)),
  plans.call(
    { name: 'parseCarePlanStart', valid: startArb.map(([command]) => [command]) },
    spread(cp.parseCarePlanStart),
  ),
  plans.call(
    { name: 'parseTransitionContext', valid: startArb.map(([, context]) => [context]) },
    spread(cp.parseTransitionContext),
  ),
  plans.call(
    {
      name: 'contextProblem',
      valid: startArb.map(([, context]) => [context]),
      typedError: 'total',
    },
    spread(cp.contextProblem),
  ),
  plans.call(
    { name: 'step', valid: transitionArb, outside: [1, 2], typedError: 'total' },
    spread(cp.step),
  ),
  plans.call(
    { name: 'gate', valid: transitionArb, outside: [1, 2], typedError: 'total' },
    spread(cp.gate),
  ),
  plans.call({ name: 'replay', valid: historyArb }, spread(cp.replay)),
  plans.call(
    { name: 'upcastCarePlan', valid: carePlanArb.map((p) => [p]) },
    spread(cp.upcastCarePlan),
  ),
  plans.call(
    { name: 'upcastCarePlanEvent', valid: historyArb.map(([events]) => [events[0] ?? {}]) },
    spread(cp.upcastCarePlanEvent),
  ),
  plans.call({ name: 'revisePlan', valid: planWithContext, outside: [1] }, spread(cp.revisePlan)),
  plans.call(
    { name: 'startNextVersion', valid: planWithContext, outside: [1] },
    spread(cp.startNextVersion),
  ),
  plans.call(
    { name: 'allowedCommands', valid: planAndActor, outside: [1], typedError: 'total' },
    spread(cp.allowedCommands),
  ),
  plans.call(
    {
      name: 'isPermitted',
      valid: planAndActor.map(([p, a]) => [p, a, cp.startPermission] as const),
      outside: [1],
      typedError: 'total',
    },
    spread(cp.isPermitted),
  ),
  ...Object.entries({
    isInCareTeam: cp.isInCareTeam,
    isConsentingCarer: cp.isConsentingCarer,
    memberRole: cp.memberRole,
  }).map(([name, fn]) =>
    plans.call({ name, valid: planAndActor, outside: [1], typedError: 'total' }, spread(fn)),
  ),
  plans.call(
    {
      ...typed,
      name: 'isReviewDue',
      valid: fc.tuple(carePlanArb, isoInstantArb, timeZoneArb),
      outside: [1, 2],
    },
    spread(cp.isReviewDue),
  ),
  plans.call(
    {
      ...typed,
      name: 'suggestedReviewDate',
      valid: fc.tuple(isoDateArb, fc.constant(defaultCarePlanPolicy), timeZoneArb),
      outside: [0, 2],
    },
    spread(cp.suggestedReviewDate),
  ),
  plans.call(
    {
      ...typed,
      name: 'planPreparation',
      valid: fc.tuple(
        isoInstantArb,
        fc.constant(defaultCarePlanPolicy),
        timeZoneArb,
        fc.array(isoDateArb, { maxLength: 3 }),
      ),
      outside: [0, 2, 3],
    },
    spread(cp.planPreparation),
  ),
  plans.call(
    {
      ...typed,
      name: 'agreementProblems',
      valid: fc.tuple(carePlanArb, isoDateArb, isoInstantArb, timeZoneArb),
      outside: [1, 2, 3],
    },
    spread(cp.agreementProblems),
  ),
  plans.call(
    {
      ...typed,
      name: 'resultsLeadTimeProblem',
      valid: fc.tuple(
        carePlanArb,
        isoInstantArb,
        fc.constant(defaultCarePlanPolicy),
        timeZoneArb as fc.Arbitrary<TimeZone>,
        fc.option(fc.string(), { nil: undefined }),
      ),
      outside: [1, 3, 4],
    },
    spread(cp.resultsLeadTimeProblem),
  ),
  plans.call(
    { ...typed, name: 'withTransitionTable', valid: fc.tuple(fc.string({ maxLength: 200 })) },
    spread(cp.withTransitionTable),
  ),
];
