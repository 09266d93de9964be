// Bench support: replay growth (1k / 10k / 100k events) and the cost of one command on plans with
// 0 / 1,000 / 4,000 past events, each beside its baseline in one run, interleaved (medians; the
// box is shared). Run with
// `pnpm --filter @livewell/care-plan exec tsx --conditions=@livewell/source src/bench/scale.ts`.
import {
  type CarePlan,
  type CarePlanEvent,
  CarePlanEventSchema,
  defineLifecycle,
  makeListParser,
} from '@livewell/core';
import { produce } from 'immer';
import { foldCopy } from '../fold-copy.js';
import { carePlanLifecycle } from '../lifecycle.js';
import type { CarePlanTypes } from '../lifecycle-types.js';
import { carePlanDefinition } from '../machine.js';
import { replay } from '../replay.js';
import { sealedHistory } from '../sealed-events.js';
import { transition } from '../transition.js';
import { followUp, history, planWithPast } from './history.js';
import { at, context, counterIds } from './path.js';

/**
 * The whole history through one immer draft (how replay worked before ADR 0014): the command
 * definition (no `fold`), with an immer `produce` (the reducers' helpers change an immer draft in place).
 */
const drafting = carePlanDefinition;
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

/** Minor page faults so far (first touches of fresh memory: costly on a virtual machine). */
const faults = () => process.resourceUsage().minorPageFault;
/** Page faults of every call `interleave` timed, by contender. */
const faultSamples: Record<string, number[]> = {};

/**
 * `--cold`: before every timed call, 128 MB (several times any CPU's last-level cache) are read
 * and written, so each call starts with none of its history in the CPU caches, whatever its size,
 * and with the background garbage collection of earlier calls finished (the ~30 ms the writes
 * take), which `process.cpuUsage()` would otherwise charge to whichever call it overlaps. A 30 ms
 * busy wait without the writes gave the same figures (README): it is mostly the second effect.
 */
const cold = process.argv.includes('--cold');
const sweep = cold ? new Uint8Array(128 << 20).fill(1) : new Uint8Array(0);
let swept = 0;
/** Pushes whatever the caches hold out of them (a write to every 64-byte line of `sweep`). */
function evictCaches(): void {
  for (let i = 0; i < sweep.length; i += 64) {
    swept = (swept + (sweep[i] ?? 0)) & 255;
    sweep[i] = swept;
  }
}

/** Every round's ms per call of each contender, interleaved over `rounds` rounds. */
function interleave(
  contenders: Record<string, () => unknown>,
  rounds: number,
): Record<string, number[]> {
  const samples = Object.fromEntries(Object.keys(contenders).map((k) => [k, [] as number[]]));
  for (const name of Object.keys(contenders)) faultSamples[name] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(contenders)) {
      if (cold) evictCaches();
      const [start, faulted] = [clock(), faults()];
      fn();
      samples[name]?.push(clock() - start);
      faultSamples[name]?.push(faults() - faulted);
    }
  }
  return samples;
}

const must = (r: ReturnType<typeof replay>) => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** The fold without segments: every list grows by `push` (how the fold built lists before). */
const pushingReplay = defineLifecycle<CarePlanTypes>()({
  ...carePlanDefinition,
  fold: (plan, run) => foldCopy(plan, run, Number.POSITIVE_INFINITY),
});

/** The zod parse of the whole history, then the fold (how a history from JSON was read before). */
const parseHistory = makeListParser('CarePlanEvent history', CarePlanEventSchema);
const zodReplay = (events: unknown) => {
  const parsed = parseHistory(events);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return carePlanLifecycle.replay(parsed.value);
};

/**
 * `--only a|b`: time only the contenders whose names contain `a` or `b` (so the JSON contenders'
 * heavy allocation does not disturb the stamped ones, or the other way round).
 */
const only = (() => {
  const at = process.argv.indexOf('--only');
  return at < 0 ? [] : (process.argv[at + 1] ?? '').split('|').filter(Boolean);
})();
const chosen = (name: string) => only.length === 0 || only.some((part) => name.includes(part));

/** An earlier tree's bench history and replay, to time beside this one (`--before <dir>`). */
interface Tree {
  readonly history: (size: number) => unknown[];
  readonly replay: (events: unknown) => { readonly ok: boolean };
}
async function earlierTree(): Promise<Tree | undefined> {
  const at = process.argv.indexOf('--before');
  const dir = at < 0 ? undefined : process.argv[at + 1];
  if (!dir) return undefined;
  const src = `${dir}/packages/care-plan/src`;
  const [h, r] = await Promise.all([import(`${src}/bench/history.ts`), import(`${src}/replay.ts`)]);
  return { history: h.history, replay: r.replay };
}

/**
 * Replay times (ms, every round) at each size, all contenders interleaved: stamped events; the
 * same with lists grown by push; the same from JSON through the compiled reader and through zod;
 * one immer draft; and, given `before`, an earlier tree's replay of its own stamped history and
 * of that history from JSON.
 */
export function replayGrowth(
  sizes = [1_000, 10_000, 100_000],
  all = history(100_000),
  before?: Tree,
) {
  const rows: Record<string, Record<string, number[]>> = {};
  const earlier = before?.history(Math.max(...sizes));
  for (const size of sizes) {
    const events = all.slice(0, size);
    const fromJson: CarePlanEvent[] = JSON.parse(JSON.stringify(events));
    const rounds = size >= 100_000 ? 7 : size >= 10_000 ? 15 : 41;
    const check = (r: { readonly ok: boolean }) => {
      if (!r.ok) throw new Error('replay refused the history');
    };
    const contenders: Record<string, () => unknown> = {
      'replay (events stamped here)': () => must(replay(events)),
      'same, lists grown by push (no segments)': () =>
        check(pushingReplay.replay(sealedHistory(events) ?? [])),
      'replay (same events from JSON, compiled reader)': () => must(replay(fromJson)),
      'before: JSON parsed by zod, then the fold': () => check(zodReplay(fromJson)),
      'before: one immer draft (no fold, stamped events)': () => immerReplay.replay(events),
    };
    if (before && earlier) {
      const theirs = earlier.slice(0, size);
      const theirsJson: unknown = JSON.parse(JSON.stringify(theirs));
      contenders['earlier tree: replay (its stamped events)'] = () => check(before.replay(theirs));
      contenders['earlier tree: replay (from JSON)'] = () => check(before.replay(theirsJson));
    }
    for (const name of Object.keys(contenders)) if (!chosen(name)) delete contenders[name];
    for (const fn of Object.values(contenders)) fn();
    rows[size] = interleave(contenders, rounds);
    faultsBySize[size] = { ...faultSamples };
  }
  return rows;
}

/**
 * µs of CPU per page fault here: fresh 400 KB arrays (V8's large-object space maps new memory
 * for each) written once, timed and counted. Tens of µs on a virtual machine, under one on metal.
 */
export function pageFaultCost(arrays = 200): number {
  const keep: unknown[][] = [];
  const [start, faulted] = [cpuMs(), faults()];
  for (let i = 0; i < arrays; i++) keep[i % 2] = new Array<number>(50_000).fill(i);
  const n = faults() - faulted;
  return n === 0 ? Number.NaN : ((cpuMs() - start) * 1000) / n;
}

/** Page faults per call of each replay contender, by history size. */
const faultsBySize: Record<string, Record<string, number[]>> = {};

/**
 * µs of one check-in on plans with each number of past events (median or fastest batch): each
 * batch runs `size` check-ins on the same plan, and (`…, one after another`) `size` check-ins
 * each on the plan the last one returned, the way a live plan grows.
 */
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
    contenders[`${past} past events, one after another`] = () => {
      let last = plan;
      for (let i = 0; i < size; i++) {
        const r = transition(last, command, ctx);
        if (!r.ok) throw new Error(r.error.message);
        last = r.value.plan;
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
  console.log(
    cold ? 'caches evicted before every timed call (--cold)' : 'caches as rounds leave them',
  );
  for (const [label, pick] of (process.argv.includes('--replay-only')
    ? []
    : [
        ['median', median],
        ['fastest batch', fastest],
      ]) as [string, (xs: readonly number[]) => number][]) {
    const cost = commandCost(undefined, undefined, undefined, pick);
    for (const [k, us] of Object.entries(cost)) {
      const base = cost[k.replace(/^\d+/, '0')] ?? Number.NaN;
      console.log(`check-in (${label}), ${k}: ${us.toFixed(1)} µs (${(us / base).toFixed(2)}×)`);
    }
  }
  const growth = process.argv.includes('--commands-only')
    ? {}
    : replayGrowth(undefined, undefined, await earlierTree());
  for (const [size, row] of Object.entries(growth)) {
    for (const [k, ms] of Object.entries(row)) {
      const [m, f] = [median(ms), fastest(ms)].map((x) => x.toFixed(2));
      const pf = median(faultsBySize[size]?.[k] ?? []);
      console.log(`replay ${size}, ${k}: median ${m} ms, fastest ${f} ms, ${pf} page faults`);
    }
  }
  console.log(`one page fault costs about ${pageFaultCost().toFixed(1)} µs of CPU here`);
  console.log(
    `load average at end: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}`,
  );
}
