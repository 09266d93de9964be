/**
 * Reads the JSON `vitest bench --outputJson <file>` writes for the storage-postgres benches and
 * prints, for each adapter task and each raw task of the same topic, the ratio of their median
 * times per call **within each round** (so load drifting between rounds cancels out): the
 * median ratio over rounds and its range, beside each side's median time.
 *
 * Task names are `<topic>: adapter …` / `<topic>: raw …` (read.bench.ts) or `adapter: …` /
 * `raw …` (append.bench.ts, one topic per describe block), each ending in `(round n)`.
 *
 *   pnpm --filter @livewell/storage-postgres bench:ratios <file.json>
 */
import { readFileSync } from 'node:fs';

interface BenchTask {
  readonly name: string;
  readonly median?: number;
}
interface BenchFile {
  readonly files: {
    readonly groups: { readonly fullName: string; readonly benchmarks: BenchTask[] }[];
  }[];
}

const file = process.argv[2];
if (file === undefined) throw new TypeError('Pass the JSON file vitest bench wrote.');
const data = JSON.parse(readFileSync(file, 'utf8')) as BenchFile;

/** times[topic][side label][round] = median ms per call. */
const times = new Map<string, Map<string, Map<number, number>>>();
for (const f of data.files) {
  for (const group of f.groups) {
    for (const task of group.benchmarks) {
      const match = /^(.*) \(round (\d+)\)$/.exec(task.name);
      if (match?.[1] === undefined || task.median === undefined) continue;
      const label = match[1];
      const colon = label.indexOf(': ');
      const head = colon < 0 ? '' : label.slice(0, colon);
      const split = colon >= 0 && !/^(adapter|raw)/.test(head);
      const topic = `${group.fullName.split(' > ').at(-1)}${split ? ` / ${head}` : ''}`;
      const side = split ? label.slice(colon + 2) : label;
      const sides = times.get(topic) ?? new Map<string, Map<number, number>>();
      const rounds = sides.get(side) ?? new Map<number, number>();
      rounds.set(Number(match[2]), task.median);
      sides.set(side, rounds);
      times.set(topic, sides);
    }
  }
}
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const f = (x: number) => x.toFixed(2);
console.log(
  '| Topic | Adapter | Baseline | Adapter ms | Baseline ms | Time ÷ baseline, median (range) of rounds |',
);
console.log('| --- | --- | --- | ---: | ---: | ---: |');
for (const [topic, sides] of times) {
  for (const [adapter, a] of sides) {
    if (!adapter.startsWith('adapter')) continue;
    for (const [raw, r] of sides) {
      if (!raw.startsWith('raw')) continue;
      const ratios = [...a].flatMap(([round, t]) => {
        const base = r.get(round);
        return base === undefined ? [] : [t / base];
      });
      const range = `${f(Math.min(...ratios))}–${f(Math.max(...ratios))}`;
      console.log(
        `| ${topic} | ${adapter} | ${raw} | ${f(median([...a.values()]))} | ${f(median([...r.values()]))} | **${f(median(ratios))}** (${range}) |`,
      );
    }
  }
}
