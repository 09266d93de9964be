/**
 * Benchmarks: the realistic path (invite → … → active → review → revised) through
 * `@livewell/care-plan` and through an XState v5 machine of the same lifecycle (pure
 * `transition`, same guards and context updates), side by side; and replay of 10,000 events.
 * The XState machine lives in ./bench (xstate is a dev dependency).
 */
import type {
  Actor,
  CarePlan,
  CarePlanEvent,
  IsoInstant,
  RecordId,
  TenantId,
} from '@livewell/core';
import { parseCarePlanCommand } from '@livewell/core';
import { bench, describe } from 'vitest';
import { initialTransition, transition as xTransition } from 'xstate';
import { careTeam, coach, nurse, person, personId, reception } from './bench/fixtures.js';
import { at, context, counterIds, path, times } from './bench/path.js';
import { machine } from './bench/xstate-machine.js';
import type { CarePlanCommand } from './commands.js';
import { replay } from './replay.js';
import { startCarePlan, startNextVersion } from './start.js';
import { transition } from './transition.js';

/** The path's commands as an app receives them: parsed once at the boundary. */
const parsedCommands = path.map(([, , command]) => {
  const parsed = parseCarePlanCommand(command);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
});

/**
 * One run of the path through @livewell/care-plan: 16 transitions (start, 14 commands, next
 * version). `parsed`: commands from `parseCarePlanCommand` (not parsed again by the machine);
 * otherwise the literal commands, which `transition` parses on every call.
 */
function runLivewell(parsed = false): CarePlan {
  const ids = counterIds();
  const started = startCarePlan(
    { tenantId: 't' as TenantId, personId, careTeam },
    context(at(0), reception, ids),
  );
  if (!started.ok) throw new Error(started.error.message);
  let plan = started.value.plan;
  for (let i = 0; i < path.length; i++) {
    const [, actor, literal] = path[i] as (typeof path)[number];
    const command = parsed ? (parsedCommands[i] ?? literal) : literal;
    const r = transition(plan, command, context(times[i] as IsoInstant, actor, ids));
    if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
    plan = r.value.plan;
  }
  const next = startNextVersion(plan, context(at(400), nurse, ids));
  if (!next.ok) throw new Error(next.error.message);
  return next.value.plan;
}

/** One run of the same path through XState's pure `transition`: 16 transitions. */
function runXState() {
  let [snapshot] = initialTransition(machine, { personId, careTeam });
  for (let i = 0; i < path.length; i++) {
    const [, actor, command] = path[i] as (typeof path)[number];
    [snapshot] = xTransition(machine, snapshot, {
      type: command.type,
      actor,
      now: times[i] as string,
      command,
    });
  }
  if (snapshot.value !== 'superseded') throw new Error(`XState ended in ${String(snapshot.value)}`);
  [snapshot] = initialTransition(machine, { personId, careTeam });
  return snapshot;
}

// ---- Replay of 10,000 events ---------------------------------------------------------------
function history(size: number): CarePlanEvent[] {
  const ids = counterIds();
  const started = startCarePlan(
    { tenantId: 't' as TenantId, personId, careTeam },
    context(at(0), reception, ids),
  );
  if (!started.ok) throw new Error(started.error.message);
  let plan = started.value.plan;
  const events: CarePlanEvent[] = [...started.value.events];
  const apply = (command: CarePlanCommand, actor: Actor, now: IsoInstant) => {
    const r = transition(plan, command, context(now, actor, ids));
    if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
    plan = r.value.plan;
    events.push(...r.value.events);
  };
  for (const [i, [, actor, command]] of path.slice(0, 10).entries()) {
    apply(command, actor, times[i] as IsoInstant);
  }
  const actionPlanId = plan.actionPlans[0]?.id as RecordId;
  for (let i = 0; events.length < size; i++) {
    const now = at(20 + i / 100);
    if (i % 2 === 0)
      apply({ type: 'record-check-in', actionPlanId, progress: 'some' }, person, now);
    else apply({ type: 'record-support-contact', kind: 'text', actionPlanId }, coach, now);
  }
  return events;
}

runLivewell();
runXState();
const tenThousand = history(10_000);

describe('realistic path, 16 transitions per run (invite → active → review → revised)', () => {
  bench('@livewell/care-plan transition (literal commands, parsed by transition)', () => {
    runLivewell();
  });
  bench('@livewell/care-plan transition (commands parsed at the boundary)', () => {
    runLivewell(true);
  });
  bench('XState v5 pure transition (same lifecycle)', () => {
    runXState();
  });
});

describe('replay', () => {
  bench(`replay ${tenThousand.length} events`, () => {
    const r = replay(tenThousand);
    if (!r.ok) throw new Error(r.error.message);
  });
});
