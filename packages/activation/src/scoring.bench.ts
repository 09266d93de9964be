import type { ItemResponse } from '@livewell/core';
import { bench, describe } from 'vitest';
import { compileInstrument } from './engine/compile.js';
import { score } from './engine/score.js';
import { phq9 } from './instruments/phq9.js';
import { semcd6 } from './instruments/semcd6.js';

// Scores 1,000,000 response sets per iteration, cycling through a pool of 10,000 distinct sets
// (a fixed-seed generator, so every run scores the same data), against two loops specialised to
// the instrument that perform the same checks: the hand-written loop (ids through a keyed lookup,
// a byte per item) and the tight loop, the limit (ids checked by position, answered items in a
// bitmask, flags in a bitmask, one small result object).

const SETS = 1_000_000;
const POOL = 10_000;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pool(
  prefix: string,
  items: number,
  lo: number,
  hi: number,
  missingRate: number,
): ItemResponse[][] {
  const next = lcg(42);
  return Array.from({ length: POOL }, () =>
    Array.from({ length: items }, (_, i) => ({
      itemId: `${prefix}-${i + 1}`,
      value: next() < missingRate ? null : lo + Math.floor(next() * (hi - lo + 1)),
    })),
  );
}

const phqPool = pool('phq9', 10, 0, 3, 0);
const semcdPool = pool('semcd6', 6, 1, 10, 0.1);

const phqBands = ['minimal', 'mild', 'moderate', 'moderately-severe', 'severe'];
const phqIndex: Record<string, number> = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [`phq9-${i + 1}`, i]),
);

/** PHQ-9 by hand: known ids, no duplicates, integers 0–3, all nine required, band and item-9 flag. */
function phq9ByHand(rs: readonly ItemResponse[]) {
  const seen = new Uint8Array(10);
  let sum = 0;
  let answered = 0;
  let item9 = false;
  for (const r of rs) {
    const i = phqIndex[r.itemId];
    if (i === undefined || seen[i] === 1) return { ok: false as const, code: 'bad-item' };
    seen[i] = 1;
    const v = r.value;
    if (v === null) continue;
    if (!Number.isInteger(v) || v < 0 || v > 3) return { ok: false as const, code: 'bad-value' };
    if (i === 9) continue;
    sum += v;
    answered += 1;
    if (i === 8 && v > 0) item9 = true;
  }
  if (answered < 9) return { ok: false as const, code: 'too-many-missing', item9 };
  const band = phqBands[sum < 5 ? 0 : sum < 10 ? 1 : sum < 15 ? 2 : sum < 20 ? 3 : 4];
  return { ok: true as const, total: sum, band, item9, caseness: sum >= 10 };
}

/** SEMCD-6 by hand: known ids, no duplicates, integers 1–10, at most 2 missing, mean to 2 dp. */
function semcd6ByHand(rs: readonly ItemResponse[]) {
  const seen = new Uint8Array(6);
  let sum = 0;
  let answered = 0;
  for (const r of rs) {
    const id = r.itemId;
    const i = id.startsWith('semcd6-') && id.length === 8 ? id.charCodeAt(7) - 49 : -1;
    if (i < 0 || i > 5 || seen[i] === 1) return { ok: false as const, code: 'bad-item' };
    seen[i] = 1;
    const v = r.value;
    if (v === null) continue;
    if (!Number.isInteger(v) || v < 1 || v > 10) return { ok: false as const, code: 'bad-value' };
    sum += v;
    answered += 1;
  }
  if (answered < 4) return { ok: false as const, code: 'too-many-missing' };
  return { ok: true as const, total: Math.round((sum / answered) * 100) / 100, answered };
}

const PHQ_IDS: readonly string[] = Array.from({ length: 10 }, (_, i) => `phq9-${i + 1}`);
const PHQ_SCORED = 0x1ff; // items 1–9
const PHQ_ITEM9 = 0x100;

/**
 * PHQ-9, tight: the id at each position is tried first (lists follow item order), answered and
 * seen items are bits of two integers, and the three flag rules (item 9 ≥ 1, item 9 unanswered,
 * total ≥ 10) bits of a third. Same checks as the scorer: known ids, no duplicates, integers
 * 0–3, all nine scored items answered, band by total.
 */
function phq9Tight(rs: readonly ItemResponse[]) {
  const n = rs.length;
  if (n > 10) return { ok: false as const, code: 'malformed-responses', flags: 0 };
  let seen = 0;
  let answered = 0;
  let sum = 0;
  let flags = 0;
  for (let r = 0; r < n; r += 1) {
    const entry = rs[r] as ItemResponse;
    const id = entry.itemId;
    const i = PHQ_IDS[r] === id ? r : PHQ_IDS.indexOf(id);
    if (i < 0) return { ok: false as const, code: 'unknown-item', flags };
    const bit = 1 << i;
    if ((seen & bit) !== 0) return { ok: false as const, code: 'duplicate-item', flags };
    seen |= bit;
    const v = entry.value;
    if (v === null) continue;
    if (!Number.isInteger(v) || v < 0 || v > 3)
      return { ok: false as const, code: 'out-of-range', flags };
    answered |= bit;
    if (i < 9) sum += v;
    if (i === 8 && v >= 1) flags |= 1;
  }
  if ((answered & PHQ_ITEM9) === 0) flags |= 2;
  if ((answered & PHQ_SCORED) !== PHQ_SCORED)
    return { ok: false as const, code: 'too-many-missing', flags };
  if (sum >= 10) flags |= 4;
  const band = phqBands[sum < 5 ? 0 : sum < 10 ? 1 : sum < 15 ? 2 : sum < 20 ? 3 : 4];
  return { ok: true as const, total: sum, band, flags };
}

const SEMCD_IDS: readonly string[] = Array.from({ length: 6 }, (_, i) => `semcd6-${i + 1}`);

/** SEMCD-6, tight: ids by position, bitmasks, integers 1–10, at most 2 missing, mean to 2 dp. */
function semcd6Tight(rs: readonly ItemResponse[]) {
  const n = rs.length;
  if (n > 6) return { ok: false as const, code: 'malformed-responses' };
  let seen = 0;
  let answered = 0;
  let sum = 0;
  for (let r = 0; r < n; r += 1) {
    const entry = rs[r] as ItemResponse;
    const id = entry.itemId;
    const i = SEMCD_IDS[r] === id ? r : SEMCD_IDS.indexOf(id);
    if (i < 0) return { ok: false as const, code: 'unknown-item' };
    const bit = 1 << i;
    if ((seen & bit) !== 0) return { ok: false as const, code: 'duplicate-item' };
    seen |= bit;
    const v = entry.value;
    if (v === null) continue;
    if (!Number.isInteger(v) || v < 1 || v > 10)
      return { ok: false as const, code: 'out-of-range' };
    answered |= bit;
    sum += v;
  }
  let count = 0;
  for (let m = answered; m !== 0; m &= m - 1) count += 1;
  if (count < 4) return { ok: false as const, code: 'too-many-missing' };
  return { ok: true as const, total: Math.round((sum / count) * 100) / 100, answered: count };
}

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
