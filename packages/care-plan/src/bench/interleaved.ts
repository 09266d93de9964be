// Bench support: the realistic path through several machines in interleaved batches, reporting
// the median per run — steadier than `vitest bench` on a busy box. Run with
// `pnpm --filter @livewell/care-plan exec tsx --conditions=@livewell/source src/bench/interleaved.ts`.
import {
  type CarePlan,
  type CarePlanEvent,
  defineLifecycle,
  parseCarePlanCommand,
  type TenantId,
} from '@livewell/core';
import { initialTransition, transition as xTransition } from 'xstate';
import type { CarePlanTypes } from '../lifecycle-types.js';
import { carePlanDefinition } from '../machine.js';
import { replay } from '../replay.js';
import {
  parseCarePlanStart,
  type StartCarePlanCommand,
  startCarePlan,
  startNextVersion,
} from '../start.js';
import { transition } from '../transition.js';
import { careTeam, nurse, personId, reception } from './fixtures.js';
import { at, context, counterIds, path, times } from './path.js';
import { machine } from './xstate-machine.js';

/** The kit without the command parse: what trusting a branded, already-parsed command would cost. */
const { parse: _parse, ...trusting } = carePlanDefinition;
const unchecked = defineLifecycle<CarePlanTypes>()(trusting);

type Step = (plan: CarePlan, i: number, ids: (k: string) => string) => CarePlan;

/** The plan's start as a literal, and as it arrives from outside: through `parseCarePlanStart`. */
const literalStart: StartCarePlanCommand = { tenantId: 't' as TenantId, personId, careTeam };
const parsedStart = (() => {
  const parsed = parseCarePlanStart(literalStart);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
})();

/** The path's commands as they arrive from outside: through `parseCarePlanCommand` once. */
const parsedCommands = path.map(([, , command]) => {
  const parsed = parseCarePlanCommand(command);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
});

const checkedStep: Step = (plan, i, ids) => {
  const [, actor, command] = path[i] as (typeof path)[number];
  const r = transition(plan, command, context(times[i] as string, actor, ids));
  if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
  return r.value.plan;
};
const preParsedStep: Step = (plan, i, ids) => {
  const [, actor] = path[i] as (typeof path)[number];
  const command = parsedCommands[i];
  if (!command) throw new Error(`no command ${i}`);
  const r = transition(plan, command, context(times[i] as string, actor, ids));
  if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
  return r.value.plan;
};
const uncheckedStep: Step = (plan, i, ids) => {
  const [, actor, command] = path[i] as (typeof path)[number];
  const r = unchecked.transition(plan, command, context(times[i] as string, actor, ids));
  if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
  return r.value.aggregate;
};

function run(step: Step, start = literalStart): CarePlan {
  const ids = counterIds();
  const started = startCarePlan(start, context(at(0), reception, ids));
  if (!started.ok) throw new Error(started.error.message);
  let plan = started.value.plan;
  for (let i = 0; i < path.length; i++) plan = step(plan, i, ids);
  const next = startNextVersion(plan, context(at(400), nurse, ids));
  if (!next.ok) throw new Error(next.error.message);
  return next.value.plan;
}

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
  [snapshot] = initialTransition(machine, { personId, careTeam });
  return snapshot;
}

/** Extra contenders (e.g. a copy of an earlier version) can be added by a local script. */
export const contenders: Record<string, () => unknown> = {
  'care-plan transition, literal commands (context check + command parse)': () => run(checkedStep),
  'care-plan transition, start and commands parsed at the boundary (context check)': () =>
    run(preParsedStep, parsedStart),
  'kit without parse (trusting typed commands)': () => run(uncheckedStep, parsedStart),
  'XState v5 pure transition': runXState,
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The process's CPU time in ms (unlike the wall clock, not counting time other jobs run). */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** Wall-clock ms, or CPU ms when the script is run with `--cpu` (a box shared with other jobs). */
const clock = process.argv.includes('--cpu') ? cpuMs : () => performance.now();

/** Median µs per run of each contender over `batches` interleaved batches of `size` runs. */
export function interleaved(batches = 200, size = 20): Record<string, number> {
  const samples: Record<string, number[]> = {};
  for (const name of Object.keys(contenders)) samples[name] = [];
  for (let b = 0; b < batches; b++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const start = clock();
      for (let i = 0; i < size; i++) fn();
      samples[name]?.push(((clock() - start) * 1000) / size);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([n, xs]) => [n, median(xs)]));
}

/** Median ms to replay `events`, over `runs` runs. */
export function replayMedian(events: readonly CarePlanEvent[], runs = 15): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const result = replay(events);
    if (!result.ok) throw new Error(result.error.message);
    times.push(performance.now() - start);
  }
  return median(times);
}

if (process.argv[1]?.endsWith('interleaved.ts')) {
  for (const fn of Object.values(contenders)) for (let i = 0; i < 200; i++) fn();
  for (const [name, us] of Object.entries(interleaved())) {
    console.log(`${name}: ${us.toFixed(1)} µs per run of 16 transitions`);
  }
}
