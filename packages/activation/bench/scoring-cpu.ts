/**
 * The compiled scorer against the tight loops (the limit) and the hand-written loops, in one
 * plain Node process, by CPU time, in interleaved rounds (the order of contenders rotates each
 * round so none always runs first). Prints medians, minimums and the compiled / tight ratio per
 * round, with the load average.
 *
 * Run from the repository root:
 *   pnpm --filter @livewell/activation exec tsx --conditions=@livewell/source bench/scoring-cpu.ts [sets] [rounds] [PHQ-9|SEMCD-6]
 */
import { loadavg } from 'node:os';
import type { ItemResponse } from '@livewell/core';
import { compileInstrument } from '../src/engine/compile.js';
import { gad7 } from '../src/instruments/gad7.js';
import { phq9 } from '../src/instruments/phq9.js';
import { practiceReadiness } from '../src/instruments/practice-readiness.js';
import { semcd6 } from '../src/instruments/semcd6.js';
import {
  POOL,
  phq9ByHand,
  phq9Tight,
  phqPool,
  semcd6ByHand,
  semcd6Tight,
  semcdPool,
} from './tight-loops.js';

const SETS = Number(process.argv[2] ?? 300_000);
const ROUNDS = Number(process.argv[3] ?? 9);
const WARMUP = 2;

const phq = compileInstrument(phq9);
const semcd = compileInstrument(semcd6);
if (!phq.ok || !semcd.ok) throw new Error('shipped instruments must compile');
const phqScorer = phq.value;
const semcdScorer = semcd.value;

let sink = 0;

// A real process scores more than one instrument: before measuring, score 10,000 sets each of
// GAD-7 (the same specialised code as PHQ-9 and SEMCD-6) and the practice readiness checklist
// (subscales and bands: the general compiled scorer), so the figures include what sharing code
// and result shapes with other instruments costs.
for (const def of [gad7, practiceReadiness]) {
  const scorer = compileInstrument(def);
  if (!scorer.ok) throw new Error(`${def.id} must compile`);
  for (let k = 0; k < 10_000; k += 1) {
    const r = scorer.value.score(
      def.items.map((item, i) => ({ itemId: item.id, value: (k + i) % 3 })),
    );
    if (r.ok) sink += r.value.total;
  }
}

/** One contender: scores `SETS` sets from its pool and returns the CPU milliseconds used. */
type Run = () => number;

function timed(body: () => void): number {
  const start = process.cpuUsage();
  body();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const runs: Record<string, Record<string, Run>> = {
  'PHQ-9': {
    compiled: () =>
      timed(() => {
        for (let k = 0; k < SETS; k += 1) {
          const r = phqScorer.score(phqPool[k % POOL] as ItemResponse[]);
          if (r.ok) sink += r.value.total;
        }
      }),
    tight: () =>
      timed(() => {
        for (let k = 0; k < SETS; k += 1) {
          const r = phq9Tight(phqPool[k % POOL] as ItemResponse[]);
          if (r.ok) sink += r.total;
        }
      }),
    'hand-written': () =>
      timed(() => {
        for (let k = 0; k < SETS; k += 1) {
          const r = phq9ByHand(phqPool[k % POOL] as ItemResponse[]);
          if (r.ok) sink += r.total;
        }
      }),
  },
  'SEMCD-6': {
    compiled: () =>
      timed(() => {
        for (let k = 0; k < SETS; k += 1) {
          const r = semcdScorer.score(semcdPool[k % POOL] as ItemResponse[]);
          if (r.ok) sink += r.value.total;
        }
      }),
    tight: () =>
      timed(() => {
        for (let k = 0; k < SETS; k += 1) {
          const r = semcd6Tight(semcdPool[k % POOL] as ItemResponse[]);
          if (r.ok) sink += r.total;
        }
      }),
    'hand-written': () =>
      timed(() => {
        for (let k = 0; k < SETS; k += 1) {
          const r = semcd6ByHand(semcdPool[k % POOL] as ItemResponse[]);
          if (r.ok) sink += r.total;
        }
      }),
  },
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const f = (x: number, d = 1) => x.toFixed(d);

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
console.log(
  `node ${process.version}, ${SETS} sets per run, ${ROUNDS} rounds after ${WARMUP} warm-up`,
);
console.log(`load average at start: ${load()}`);
const only = process.argv[4];
for (const [instrument, contenders] of Object.entries(runs)) {
  if (only !== undefined && instrument !== only) continue;
  const names = Object.keys(contenders);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const ratios: number[] = [];
  for (let round = 0; round < WARMUP + ROUNDS; round += 1) {
    const got: Record<string, number> = {};
    for (let j = 0; j < names.length; j += 1) {
      const name = names[(round + j) % names.length] as string;
      got[name] = (contenders[name] as Run)();
    }
    if (round < WARMUP) continue;
    for (const n of names) times[n]?.push(got[n] as number);
    ratios.push((got.compiled as number) / (got.tight as number));
  }
  console.log(`\n${instrument}: CPU ms per ${SETS} sets (median, min–max of ${ROUNDS} rounds)`);
  for (const n of names) {
    const t = times[n] as number[];
    console.log(`  ${n.padEnd(13)} ${f(median(t))}  (${f(Math.min(...t))}–${f(Math.max(...t))})`);
  }
  console.log(
    `  compiled / tight per round: median ${f(median(ratios), 2)}×, range ${f(Math.min(...ratios), 2)}–${f(Math.max(...ratios), 2)}×; ratio of minimums ${f(Math.min(...(times.compiled as number[])) / Math.min(...(times.tight as number[])), 2)}×`,
  );
}
console.log(`\nload average at end: ${load()}`);
if (sink === 42) console.log('');
