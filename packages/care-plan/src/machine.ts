import {
  type CarePlan,
  type CommandSpecs,
  carePlanStates,
  defineLifecycle,
  type LifecycleDefinition,
  terminalCarePlanStates,
} from '@livewell/core';
import { parseCommandForPlan } from './command-parse.js';
import { agendaCommands } from './commands/agenda.js';
import { agreementCommands } from './commands/agreement.js';
import { contentCommands } from './commands/content.js';
import { endingCommands } from './commands/ending.js';
import { followUpCommands } from './commands/follow-up.js';
import { preparationCommands } from './commands/preparation.js';
import { reviewCommands } from './commands/review.js';
import { stampEvent } from './event-factory.js';
import type { Caller, CarePlanTypes } from './lifecycle-types.js';
import { isInCareTeam, isPermitted } from './permissions.js';
import { rejection } from './rejection.js';
import { sealEvent } from './sealed-events.js';
import { isStartEvent, planFromStartEvent } from './start-event.js';
import { editCopy } from './working-copy.js';

/**
 * Every care-plan command, specified once (from, to, who, summary, decide, evolve) in its
 * command-group file under `./commands/`. Typed so a missing command does not compile.
 */
export const carePlanCommands = {
  ...preparationCommands,
  ...contentCommands,
  ...agreementCommands,
  ...followUpCommands,
  ...reviewCommands,
  ...endingCommands,
  ...agendaCommands,
} satisfies CommandSpecs<CarePlanTypes>;

const refuse = (plan: CarePlan, caller: Caller, command: string, summary: string) => {
  const { actor } = caller;
  const inTeam = isInCareTeam(plan, actor);
  const reason =
    actor.kind === 'system'
      ? 'system-not-trusted'
      : inTeam
        ? 'role-not-permitted'
        : 'outside-care-team';
  const message =
    reason === 'system-not-trusted'
      ? `The practice policy does not name the system "${actor.kind === 'system' ? actor.name : ''}" as one that may ${summary}.`
      : inTeam
        ? `This actor's role may not ${summary}.`
        : "This actor is not in the plan's care team.";
  return rejection('not-authorised', message, { command, reason });
};

/** Everything the kit needs besides the commands: states, authorisation, envelope, copying. */
export const carePlanDefinition = {
  name: 'plan',
  states: carePlanStates,
  terminal: terminalCarePlanStates,
  stateOf: (plan) => plan.state,
  commands: carePlanCommands,
  otherEvents: { 'plan-invited': () => undefined, 'next-version-started': () => undefined },
  everyEvent: (draft, event) => {
    draft.updatedAt = event.at;
  },
  parse: parseCommandForPlan,
  actorOf: (context) => context,
  permits: (plan, caller, who) => isPermitted(plan, caller.actor, who, caller.policy.systemActors),
  refuse,
  stamp: (plan, context, body) =>
    sealEvent(
      stampEvent(
        {
          tenantId: plan.tenantId,
          planId: plan.id,
          at: context.now,
          actor: context.actor,
          ids: context.ids,
        },
        body,
      ),
    ),
  // One transition: reducers change a shallow copy, copying what they touch (working-copy.ts);
  // the result is frozen and shares every untouched value with the previous plan.
  produce: editCopy,
  // A whole history (replay) folds differently: `carePlanLifecycle` (lifecycle.ts) adds `fold`.
  history: {
    isStart: isStartEvent,
    create: (event) => (isStartEvent(event) ? planFromStartEvent(event) : undefined),
    sameStream: (first, event) =>
      event.planId === first.planId && event.tenantId === first.tenantId,
  },
} satisfies LifecycleDefinition<CarePlanTypes, typeof carePlanCommands>;

/**
 * The care-plan lifecycle for commands (`transition`, `allowedCommands`, the tables and
 * diagrams): {@link carePlanDefinition} as the core lifecycle kit derives it. Replaying a whole
 * history goes through `carePlanLifecycle` (lifecycle.ts), the same definition with a fold that
 * builds long lists in segments, kept apart so a page that only runs commands does not bundle it.
 */
export const carePlanMachine = defineLifecycle<CarePlanTypes>()(carePlanDefinition);
