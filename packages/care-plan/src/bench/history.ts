// Bench support: long care-plan histories (an agreed plan, then check-ins and support contacts
// alternating), built in time linear in their length, and plans with a given number of past
// events. Shared by the replay and per-command benches; not exported from the package.
import type {
  Actor,
  CarePlan,
  CarePlanEvent,
  IsoInstant,
  RecordId,
  TenantId,
} from '@livewell/core';
import type { CarePlanCommand } from '../commands.js';
import { replay } from '../replay.js';
import { startCarePlan } from '../start.js';
import { transition } from '../transition.js';
import { careTeam, coach, person, personId, reception } from './fixtures.js';
import { at, context, counterIds, path, times } from './path.js';

/** The `i`-th follow-up command of a long history: check-ins and support contacts alternate. */
export const followUp = (actionPlanId: RecordId, i: number): [CarePlanCommand, Actor] =>
  i % 2 === 0
    ? [{ type: 'record-check-in', actionPlanId, progress: 'some' }, person]
    : [{ type: 'record-support-contact', kind: 'text', actionPlanId }, coach];

/**
 * A history of `size` events: the path up to agreement, then follow-ups. Each follow-up is
 * decided on the agreed plan (its rules do not depend on earlier follow-ups), so building is
 * linear; replaying it gives the plan a live run would have built.
 */
export function history(size: number): CarePlanEvent[] {
  const ids = counterIds();
  const started = startCarePlan(
    { tenantId: 't' as TenantId, personId, careTeam },
    context(at(0), reception, ids),
  );
  if (!started.ok) throw new Error(started.error.message);
  let plan = started.value.plan;
  const events: CarePlanEvent[] = [...started.value.events];
  for (const [i, [, actor, command]] of path.slice(0, 10).entries()) {
    const r = transition(plan, command, context(times[i] as IsoInstant, actor, ids));
    if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
    plan = r.value.plan;
    events.push(...r.value.events);
  }
  const actionPlanId = plan.actionPlans[0]?.id as RecordId;
  for (let i = 0; events.length < size; i++) {
    const [command, actor] = followUp(actionPlanId, i);
    const r = transition(plan, command, context(at(20 + i / 1000) as IsoInstant, actor, ids));
    if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
    events.push(...r.value.events);
  }
  return events;
}

/** The plan `history(size)` rebuilds to: an active plan with about `size` past events. */
export function planWithPast(size: number): CarePlan {
  const r = replay(history(Math.max(size, 11)));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
