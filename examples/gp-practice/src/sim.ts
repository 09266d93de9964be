/** The running simulation: the practice's store handle, the clock, ids and what happened. */
import { type TransitionContext, transition } from '@livewell/care-plan';
import {
  type Actor,
  type CarePlan,
  type CarePlanCommand,
  type CarePlanEvent,
  type CarePlanPolicy,
  type IdGenerator,
  type IsoDate,
  type IsoInstant,
  ok,
  type RecordId,
  type TimeZone,
} from '@livewell/core';
import type { TenantStore } from '@livewell/storage';
import type { Random } from './random.js';
import type { RegisteredPerson } from './world.js';

/** Counters and notable moments the report tells. */
export interface Story {
  readonly counts: Map<string, number>;
  readonly highlights: string[];
}

/** Everything a step of the simulation works with. */
export interface Sim {
  readonly practice: TenantStore;
  readonly random: Random;
  readonly ids: IdGenerator;
  readonly policy: CarePlanPolicy;
  readonly timeZone: TimeZone;
  readonly bankHolidays: readonly IsoDate[];
  readonly register: readonly RegisteredPerson[];
  readonly story: Story;
}

/** Adds `n` to a named counter. */
export function count(sim: Sim, name: string, n = 1): void {
  sim.story.counts.set(name, (sim.story.counts.get(name) ?? 0) + n);
}

/** The transition context for a command issued by `actor` at `now`. */
export const contextAt = (sim: Sim, now: IsoInstant, actor: Actor): TransitionContext => ({
  now,
  actor,
  policy: sim.policy,
  timeZone: sim.timeZone,
  ids: sim.ids,
});

/**
 * Applies one care-plan command through storage: `update` loads the plan, runs the pure
 * `transition`, and saves the new snapshot and its events atomically. A rejection comes back as
 * a value (nothing written) and is counted by code.
 */
export async function command(
  sim: Sim,
  planId: RecordId,
  cmd: CarePlanCommand,
  now: IsoInstant,
  actor: Actor,
): Promise<{ ok: true; plan: CarePlan } | { ok: false; code: string; message: string }> {
  const result = await sim.practice.carePlans.update(planId, (plan) =>
    transition(plan, cmd, contextAt(sim, now, actor)),
  );
  if (!result.ok) {
    count(sim, `rejected:${result.error.code}`);
    return { ok: false, code: result.error.code, message: result.error.message };
  }
  return { ok: true, plan: result.value.plan.record };
}

/** One command in a {@link session}: fixed, or built from the plan as it stands. */
export type SessionStep = {
  readonly cmd: CarePlanCommand | ((plan: CarePlan) => CarePlanCommand);
  readonly now: IsoInstant;
  readonly actor: Actor;
};

/**
 * Applies several commands as one recorded session (say, a whole conversation): the pure
 * transitions are folded in memory and storage saves the final snapshot with all their events
 * in one atomic write. If any command is refused, nothing is written.
 */
export async function session(
  sim: Sim,
  planId: RecordId,
  steps: readonly SessionStep[],
): Promise<{ ok: true; plan: CarePlan } | { ok: false; code: string; message: string }> {
  const result = await sim.practice.carePlans.update(planId, (start) => {
    let plan = start;
    const events: CarePlanEvent[] = [];
    for (const step of steps) {
      const cmd = typeof step.cmd === 'function' ? step.cmd(plan) : step.cmd;
      const r = transition(plan, cmd, contextAt(sim, step.now, step.actor));
      if (!r.ok) return r;
      plan = r.value.plan;
      events.push(...r.value.events);
    }
    return ok({ plan, events });
  });
  if (!result.ok) {
    count(sim, `rejected:${result.error.code}`);
    return { ok: false, code: result.error.code, message: result.error.message };
  }
  return { ok: true, plan: result.value.plan.record };
}

/** Like {@link session}, but a refusal is a bug in the simulation's script. */
export async function mustSession(
  sim: Sim,
  planId: RecordId,
  steps: readonly SessionStep[],
): Promise<CarePlan> {
  const r = await session(sim, planId, steps);
  if (!r.ok) throw new Error(`demo script: session on ${planId} rejected: ${r.code} ${r.message}`);
  return r.plan;
}

/** Like {@link command}, but a rejection is a bug in the simulation's script. */
export async function mustCommand(
  sim: Sim,
  planId: RecordId,
  cmd: CarePlanCommand,
  now: IsoInstant,
  actor: Actor,
): Promise<CarePlan> {
  const r = await command(sim, planId, cmd, now, actor);
  if (!r.ok)
    throw new Error(`demo script: ${cmd.type} on ${planId} rejected: ${r.code} ${r.message}`);
  return r.plan;
}
