/**
 * Warm-up of the write path (issue 18, item 6): how long a new process takes to reach its steady
 * save time. Each measurement is a fresh Node process (`warmup-one.ts`) that makes `saves` saves
 * of a care plan plus three events on one connection pool, one at a time, and reports the median
 * save time per block of 100. Processes alternate adapter / raw (the same statements as named
 * prepared statements, no validation) `runs` times each; the table gives, per block, the median
 * over processes and the ratio adapter ÷ raw.
 *
 *   DATABASE_URL=… pnpm --filter @livewell/storage-postgres bench:warmup [saves=2000] [runs=3]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const saves = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 3);
const one = fileURLToPath(new URL('./warmup-one.ts', import.meta.url));
const sides = ['adapter', 'raw'] as const;
const blocks = new Map<string, number[][]>();
const firsts = new Map<string, number[]>();
for (let run = 0; run < runs; run += 1) {
  for (const side of run % 2 === 0 ? sides : [...sides].reverse()) {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--conditions=@livewell/source', one, side, String(saves)],
      { encoding: 'utf8', env: process.env },
    );
    const { block, first } = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
      block: number[];
      first: number;
    };
    blocks.set(side, [...(blocks.get(side) ?? []), block]);
    firsts.set(side, [...(firsts.get(side) ?? []), first]);
  }
}
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const at = (side: string, i: number) => median((blocks.get(side) ?? []).map((b) => b[i] ?? 0));
const f = (x: number) => x.toFixed(2);
console.log(`\n${runs} fresh processes per side, ${saves} saves each (median ms per save)\n`);
console.log(
  `First save: adapter ${f(median(firsts.get('adapter') ?? []))} ms, raw ${f(median(firsts.get('raw') ?? []))} ms\n`,
);
console.log('| Saves | Adapter ms | Raw ms | Adapter ÷ raw |');
console.log('| --- | ---: | ---: | ---: |');
const count = Math.ceil(saves / 100);
for (let i = 0; i < count; i += 1) {
  const a = at('adapter', i);
  const r = at('raw', i);
  console.log(`| ${i * 100 + 1}–${(i + 1) * 100} | ${f(a)} | ${f(r)} | ${f(a / r)} |`);
}
