/**
 * The loops the compiled scorer is measured against, and the response pools they score. Shared
 * by `src/scoring.bench.ts` (Vitest) and `bench/scoring-cpu.ts` (plain Node, CPU time).
 *
 * The hand-written loops are what a developer would write for one instrument (ids through a
 * keyed lookup, a byte per item). The tight loops are the limit: ids checked by position first,
 * seen and answered items as bits of an integer, flags as bits, one small result object.
 */
import type { ItemResponse } from '@livewell/core';

/** Response sets in a pool: the benches cycle through it. */
export const POOL = 10_000;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `POOL` response sets of `items` items in item order, values lo–hi, some left unanswered. */
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

/** PHQ-9 sets: all ten items (item 10 unscored) answered 0–3 (a fixed-seed generator). */
export const phqPool = pool('phq9', 10, 0, 3, 0);
/** SEMCD-6 sets: six items answered 1–10, each left unanswered with probability 0.1. */
export const semcdPool = pool('semcd6', 6, 1, 10, 0.1);

const phqBands = ['minimal', 'mild', 'moderate', 'moderately-severe', 'severe'];
const phqIndex: Record<string, number> = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [`phq9-${i + 1}`, i]),
);

/** PHQ-9 by hand: known ids, no duplicates, integers 0–3, all nine required, band and item-9 flag. */
export function phq9ByHand(rs: readonly ItemResponse[]) {
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
export function semcd6ByHand(rs: readonly ItemResponse[]) {
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
export function phq9Tight(rs: readonly ItemResponse[]) {
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
export function semcd6Tight(rs: readonly ItemResponse[]) {
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
