/**
 * Benchmarks: the realistic path (invite → … → active → review → revised) through
 * `@livewell/care-plan` and through an XState v5 machine of the same lifecycle (pure
 * `transition`, same guards and context updates), side by side; replay of 1k / 10k / 100k events
 * beside one immer draft over the whole history (how replay worked before); and one check-in on
 * plans with 0 / 1,000 / 4,000 past events. `src/bench/scale.ts` runs the last two interleaved.
 * The XState machine lives in ./bench (xstate is a dev dependency).
 */
import type { CarePlan, IsoInstant, TenantId } from '@livewell/core';
import { defineLifecycle, parseCarePlanCommand } from '@livewell/core';
import { produce } from 'immer';
import { bench, describe } from 'vitest';
import { initialTransition, transition as xTransition } from 'xstate';
import { careTeam, nurse, personId, reception } from './bench/fixtures.js';
import { followUp, history, planWithPast } from './bench/history.js';
import { at, context, counterIds, path, times } from './bench/path.js';
import { machine } from './bench/xstate-machine.js';
import type { CarePlanTypes } from './lifecycle-types.js';
import { carePlanDefinition } from './machine.js';
import { replay } from './replay.js';
import { parseCarePlanStart, startCarePlan, startNextVersion } from './start.js';
import { transition } from './transition.js';

/** The path's commands as an app receives them: parsed once at the boundary. */
const parsedCommands = path.map(([, , command]) => {
  const parsed = parseCarePlanCommand(command);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
});

/** The plan's start as an app receives it: parsed once at the boundary. */
const parsedStart = (() => {
  const parsed = parseCarePlanStart({ tenantId: 't' as TenantId, personId, careTeam });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
})();

/**
 * One run of the path through @livewell/care-plan: 16 transitions (start, 14 commands, next
 * version). `parsed`: the start from `parseCarePlanStart` and commands from
 * `parseCarePlanCommand` (not parsed again by the machine); otherwise literals, which
 * `startCarePlan` and `transition` parse on every call.
 */
function runLivewell(parsed = false): CarePlan {
  const ids = counterIds();
  const started = startCarePlan(
    parsed ? parsedStart : { tenantId: 't' as TenantId, personId, careTeam },
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

runLivewell();
runXState();
const hundredThousand = history(100_000);
const drafting = (() => {
  return defineLifecycle<CarePlanTypes>()({
    ...carePlanDefinition,
    produce: (plan, run) =>
      produce(plan, (draft) => {
        run(draft);
      }),
  });
})();

describe('realistic path, 16 transitions per run (invite → active → review → revised)', () => {
  bench('@livewell/care-plan transition (literal commands, parsed by transition)', () => {
    runLivewell();
  });
  bench('@livewell/care-plan transition (start and commands parsed at the boundary)', () => {
    runLivewell(true);
  });
  bench('XState v5 pure transition (same lifecycle)', () => {
    runXState();
  });
});

describe('replay growth (stamped events; the before is one immer draft over the whole history)', () => {
  for (const size of [1_000, 10_000, 100_000]) {
    const events = hundredThousand.slice(0, size);
    bench(`replay ${size} events`, () => {
      const r = replay(events);
      if (!r.ok) throw new Error(r.error.message);
    });
    if (size <= 10_000) {
      bench(`before: immer draft, ${size} events`, () => {
        drafting.replay(events);
      });
    }
  }
});

describe('one check-in on plans with 0 / 1,000 / 4,000 past events', () => {
  for (const past of [0, 1_000, 4_000]) {
    const plan = planWithPast(past);
    const action = plan.actionPlans[0];
    if (!action) throw new Error('no action plan');
    const [command, actor] = followUp(action.id, 0);
    const ctx = context(at(40), actor, counterIds());
    bench(`check-in, ${past} past events`, () => {
      const r = transition(plan, command, ctx);
      if (!r.ok) throw new Error(r.error.message);
    });
  }
});
