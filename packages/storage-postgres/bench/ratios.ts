/**
 * Reads the JSON `vitest bench --outputJson <file>` writes for the storage-postgres benches and
 * prints, per task, the median over rounds of its median time per call (ms) and of its ops/s,
 * and each adapter task's ratio to the raw task of the same group (time ÷ time).
 *
 *   pnpm --filter @livewell/storage-postgres bench:ratios <file.json>
 */
import { readFileSync } from 'node:fs';

interface BenchTask {
  readonly name: string;
  readonly median?: number;
  readonly hz?: number;
}
interface BenchFile {
  readonly files: { readonly groups: { readonly benchmarks: BenchTask[] }[] }[];
}

const file = process.argv[2];
if (file === undefined) throw new TypeError('Pass the JSON file vitest bench wrote.');
const data = JSON.parse(readFileSync(file, 'utf8')) as BenchFile;
const byTask = new Map<string, { median: number[]; hz: number[] }>();
for (const f of data.files) {
  for (const group of f.groups) {
    for (const task of group.benchmarks) {
      const name = task.name.replace(/ \(round \d+\)$/, '');
      const entry = byTask.get(name) ?? { median: [], hz: [] };
      entry.median.push(task.median ?? Number.NaN);
      entry.hz.push(task.hz ?? Number.NaN);
      byTask.set(name, entry);
    }
  }
}
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const groupOf = (name: string) => name.split(':')[0] ?? name;
const rawOf = new Map<string, number>();
for (const [name, entry] of byTask) {
  if (/: raw/.test(name) && !rawOf.has(groupOf(name)))
    rawOf.set(groupOf(name), median(entry.median));
}
console.log('| Task | median ms / call | ops/s | ÷ raw (time) |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, entry] of byTask) {
  const ms = median(entry.median);
  const raw = rawOf.get(groupOf(name));
  const ratio = raw === undefined || /: raw/.test(name) ? '' : (ms / raw).toFixed(2);
  console.log(`| ${name} | ${ms.toFixed(3)} | ${Math.round(median(entry.hz))} | ${ratio} |`);
}
