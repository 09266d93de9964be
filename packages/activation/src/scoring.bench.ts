import type { ItemResponse } from '@livewell/core';
import { bench, describe } from 'vitest';
import {
  POOL,
  phq9ByHand,
  phq9Tight,
  phqPool,
  semcd6ByHand,
  semcd6Tight,
  semcdPool,
} from '../bench/tight-loops.js';
import { compileInstrument } from './engine/compile.js';
import { score } from './engine/score.js';
import { phq9 } from './instruments/phq9.js';
import { semcd6 } from './instruments/semcd6.js';

// Scores 1,000,000 response sets per iteration, cycling through a pool of 10,000 distinct sets
// (a fixed-seed generator, so every run scores the same data), against two loops specialised to
// the instrument that perform the same checks (bench/tight-loops.ts): the hand-written loop and
// the tight loop, the limit. Vitest's figures are noisy on a busy machine: bench/scoring-cpu.ts
// runs the same contenders in plain Node by CPU time, interleaved.

const SETS = 1_000_000;

const phqCompiled = compileInstrument(phq9);
const semcdCompiled = compileInstrument(semcd6);
if (!phqCompiled.ok || !semcdCompiled.ok) throw new Error('shipped instruments must compile');
const phqScorer = phqCompiled.value;
const semcdScorer = semcdCompiled.value;

let sink = 0;
const options = { iterations: 10, time: 0, warmupIterations: 2, warmupTime: 0 };

describe('PHQ-9 × 1,000,000', () => {
  bench(
    'livewell compiled scorer',
    () => {
      for (let k = 0; k < SETS; k += 1) {
        const r = phqScorer.score(phqPool[k % POOL] as ItemResponse[]);
        if (r.ok) sink += r.value.total;
      }
    },
    options,
  );
  bench(
    'hand-written PHQ-9 loop',
    () => {
      for (let k = 0; k < SETS; k += 1) {
        const r = phq9ByHand(phqPool[k % POOL] as ItemResponse[]);
        if (r.ok) sink += r.total;
      }
    },
    options,
  );
  bench(
    'tight PHQ-9 loop (the limit)',
    () => {
      for (let k = 0; k < SETS; k += 1) {
        const r = phq9Tight(phqPool[k % POOL] as ItemResponse[]);
        if (r.ok) sink += r.total;
      }
    },
    options,
  );
});

describe('SEMCD-6 × 1,000,000', () => {
  bench(
    'livewell compiled scorer',
    () => {
      for (let k = 0; k < SETS; k += 1) {
        const r = semcdScorer.score(semcdPool[k % POOL] as ItemResponse[]);
        if (r.ok) sink += r.value.total;
      }
    },
    options,
  );
  bench(
    'hand-written SEMCD-6 loop',
    () => {
      for (let k = 0; k < SETS; k += 1) {
        const r = semcd6ByHand(semcdPool[k % POOL] as ItemResponse[]);
        if (r.ok) sink += r.total;
      }
    },
    options,
  );
  bench(
    'tight SEMCD-6 loop (the limit)',
    () => {
      for (let k = 0; k < SETS; k += 1) {
        const r = semcd6Tight(semcdPool[k % POOL] as ItemResponse[]);
        if (r.ok) sink += r.total;
      }
    },
    options,
  );
});

// score(definition, …) on the same definition, against the compiled scorer called directly:
// shows whether score() compiles the definition again on each call. 100,000 sets per iteration.
const REPEATED = 100_000;
describe('PHQ-9 × 100,000 through score(definition)', () => {
  bench(
    'score(phq9, responses)',
    () => {
      for (let k = 0; k < REPEATED; k += 1) {
        const r = score(phq9, phqPool[k % POOL] as ItemResponse[]);
        if (r.ok) sink += r.value.total;
      }
    },
    options,
  );
  bench(
    'compiled scorer called directly',
    () => {
      for (let k = 0; k < REPEATED; k += 1) {
        const r = phqScorer.score(phqPool[k % POOL] as ItemResponse[]);
        if (r.ok) sink += r.value.total;
      }
    },
    options,
  );
});

export const benchSink = () => sink;
