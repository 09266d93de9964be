// Bench support: replay growth (1k / 10k / 100k events) and the cost of one command on plans with
// 0 / 1,000 / 4,000 past events, each beside its baseline in one run, interleaved (medians; the
// box is shared). Run with
// `pnpm --filter @livewell/care-plan exec tsx --conditions=@livewell/source src/bench/scale.ts`.
import { type CarePlan, type CarePlanEvent, defineLifecycle } from '@livewell/core';
import { produce } from 'immer';
import type { CarePlanTypes } from '../lifecycle-types.js';
import { carePlanDefinition } from '../machine.js';
import { replay } from '../replay.js';
import { transition } from '../transition.js';
import { followUp, history, planWithPast } from './history.js';
import { at, context, counterIds } from './path.js';

/**
 * The whole history through one immer draft (how replay worked before ADR 0014): the kit without
 * `fold`, with an immer `produce` (the reducers' helpers change an immer draft in place).
 */
const { fold: _fold, ...drafting } = carePlanDefinition;
const immerReplay = defineLifecycle<CarePlanTypes>()({
  ...drafting,
  produce: (plan, run) =>
    produce(plan, (draft) => {
      run(draft);
    }),
});

const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fastest = (xs: readonly number[]) => Math.min(...xs);

/** The process's CPU time in ms (unlike the wall clock, not counting time other jobs run). */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** Wall-clock ms, or CPU ms when the script is run with `--cpu` (a box shared with other jobs). */
const clock = process.argv.includes('--cpu') ? cpuMs : () => performance.now();

/** Every round's ms per call of each contender, interleaved over `rounds` rounds. */
function interleave(
  contenders: Record<string, () => unknown>,
  rounds: number,
): Record<string, number[]> {
  const samples = Object.fromEntries(Object.keys(contenders).map((k) => [k, [] as number[]]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const start = clock();
      fn();
      samples[name]?.push(clock() - start);
    }
  }
  return samples;
}

const must = (r: ReturnType<typeof replay>) => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Replay times (ms, every round) at each size: stamped events, the same from JSON, immer. */
export function replayGrowth(sizes = [1_000, 10_000, 100_000], all = history(100_000)) {
  const rows: Record<string, Record<string, number[]>> = {};
  for (const size of sizes) {
    const events = all.slice(0, size);
    const fromJson: CarePlanEvent[] = JSON.parse(JSON.stringify(events));
    const rounds = size >= 100_000 ? 5 : size >= 10_000 ? 15 : 41;
    const contenders: Record<string, () => unknown> = {
      'replay (events stamped here)': () => must(replay(events)),
      'replay (same events from JSON, parsed)': () => must(replay(fromJson)),
      'before: one immer draft (no fold, stamped events)': () => immerReplay.replay(events),
    };
    for (const fn of Object.values(contenders)) fn();
    rows[size] = interleave(contenders, rounds);
  }
  return rows;
}

/** µs of one check-in on plans with each number of past events (median or fastest batch). */
export function commandCost(pasts = [0, 1_000, 4_000], batches = 400, size = 20, pick = median) {
  const plans = new Map<number, CarePlan>(pasts.map((n) => [n, planWithPast(n)]));
  const contenders: Record<string, () => unknown> = {};
  for (const [past, plan] of plans) {
    const action = plan.actionPlans[0];
    if (!action) throw new Error('no action plan');
    const [command, actor] = followUp(action.id, 0);
    const ids = counterIds();
    const ctx = context(at(40), actor, ids);
    contenders[`${past} past events`] = () => {
      for (let i = 0; i < size; i++) {
        const r = transition(plan, command, ctx);
        if (!r.ok) throw new Error(r.error.message);
      }
    };
  }
  for (const fn of Object.values(contenders)) for (let i = 0; i < 20; i++) fn();
  const ms = interleave(contenders, batches);
  return Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, (pick(v) * 1000) / size]));
}

if (process.argv[1]?.endsWith('scale.ts')) {
  const { loadavg } = await import('node:os');
  console.log(
    `load average at start: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}`,
  );
  for (const [label, pick] of (process.argv.includes('--replay-only')
    ? []
    : [
        ['median', median],
        ['fastest batch', fastest],
      ]) as [string, (xs: readonly number[]) => number][]) {
    const cost = commandCost(undefined, undefined, undefined, pick);
    const base = cost['0 past events'] ?? Number.NaN;
    for (const [k, us] of Object.entries(cost)) {
      console.log(`check-in (${label}), ${k}: ${us.toFixed(1)} µs (${(us / base).toFixed(2)}×)`);
    }
  }
  const growth = replayGrowth();
  for (const [size, row] of Object.entries(growth)) {
    for (const [k, ms] of Object.entries(row)) {
      const [m, f] = [median(ms), fastest(ms)].map((x) => x.toFixed(2));
      console.log(`replay ${size}, ${k}: median ${m} ms, fastest ${f} ms`);
    }
  }
  console.log(
    `load average at end: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}`,
  );
}
