/**
 * `pnpm fuzz`: the long run. Shards the input families into separate vitest processes
 * (`FUZZ_FAMILY`), `FUZZ_JOBS` at a time (default 2, one per core), all on one seed, and writes
 * each family's log and a summary (inputs, throws, mutations, refusals that changed state,
 * duration, seed, commit) to `fuzz/runs/<seed>/`. Progress goes to stdout as families finish,
 * and every entry point's line (`fuzz: done …`) is in its family's log as it finishes.
 *
 * Environment: `FUZZ_RUNS` (default 100,000 per family), `FUZZ_SEED` (default random),
 * `FUZZ_JOBS`, `FUZZ_FAMILY` (comma-separated: only these), `FUZZ_ONLY` (passed on).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryId } from '../src/catalogue/entry.js';
import { catalogue } from '../src/catalogue/index.js';
import { runsPerEntry } from '../src/run/settings.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? (Date.now() ^ (Math.random() * 2 ** 31)) | 0);
const jobs = Math.max(1, Number(process.env.FUZZ_JOBS ?? 2));
const wanted = process.env.FUZZ_FAMILY?.split(',').map((f) => f.trim());
const only = process.env.FUZZ_ONLY;

const families = [...new Set(catalogue.map((e) => e.family))].filter(
  (f) => !wanted || wanted.includes(f),
);
const entriesOf = (family: string) =>
  catalogue.filter((e) => e.family === family && (!only || entryId(e).includes(only)));
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root })
  .toString()
  .trim();
const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages', 'fuzz/src'], {
  cwd: root,
})
  .toString()
  .trim();
const outDir = join(root, 'fuzz', 'runs', String(seed));
mkdirSync(outDir, { recursive: true });

interface FamilyResult {
  readonly family: string;
  readonly entries: number;
  readonly inputsPerEntry: number;
  readonly inputs: number;
  /** Entry points that failed by throwing, mutating an argument, changing state on refusal, or returning no typed error (fast-check stops each at its first failure). */
  readonly throws: number;
  readonly mutations: number;
  readonly stateChanges: number;
  readonly untyped: number;
  readonly failedEntries: readonly string[];
  readonly exitCode: number | null;
  readonly seconds: number;
}

function runFamily(family: string): Promise<FamilyResult> {
  const logPath = join(outDir, `${family}.log`);
  const log = createWriteStream(logPath);
  const started = Date.now();
  const child = spawn(
    'pnpm',
    ['exec', 'vitest', 'run', '--project', 'fuzz', 'src/never-throws.test.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        FUZZ_RUNS: String(runs),
        FUZZ_SEED: String(seed),
        FUZZ_FAMILY: family,
        FUZZ_ENTRY_BUDGET_MS: '0',
        NO_COLOR: '1',
      },
    },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return new Promise((done) => {
    child.on('close', (exitCode) => {
      log.end(() => {
        const text = readFileSync(logPath, 'utf8');
        const finished = [...text.matchAll(/fuzz: done (\S+) (\d+) inputs/g)];
        const entries = entriesOf(family);
        const failedEntries = entries
          .map(entryId)
          .filter((id) => !finished.some((m) => m[1] === id));
        done({
          family,
          entries: entries.length,
          inputsPerEntry: runsPerEntry(entries.length, {
            runsPerFamily: runs,
            seed,
            path: undefined,
            only: undefined,
            families: undefined,
            entryBudgetMs: undefined,
            caseLimitMs: 1,
          }),
          inputs: finished.reduce((n, m) => n + Number(m[2]), 0),
          throws: failedEntries.filter((id) => text.includes(`${id} threw `)).length,
          mutations: failedEntries.filter((id) => text.includes(`${id} mutated argument`)).length,
          stateChanges: failedEntries.filter((id) => text.includes(`${id} refused (`)).length,
          untyped: failedEntries.filter((id) => text.includes(`${id} returned no typed error`))
            .length,
          failedEntries,
          exitCode,
          seconds: Math.round((Date.now() - started) / 1000),
        });
      });
    });
  });
}

const startedAt = new Date();
console.info(
  `fuzz: ${runs} inputs per family, seed ${seed}, commit ${commit}${dirty ? ' (with uncommitted changes)' : ''}, ` +
    `${families.length} families, ${jobs} at a time; logs in ${outDir}`,
);
const queue = [...families];
const results: FamilyResult[] = [];
await Promise.all(
  Array.from({ length: jobs }, async () => {
    for (let family = queue.shift(); family; family = queue.shift()) {
      console.info(`fuzz: [${new Date().toISOString()}] ${family} started`);
      const r = await runFamily(family);
      results.push(r);
      console.info(
        `fuzz: [${new Date().toISOString()}] ${family} ${r.failedEntries.length === 0 && r.exitCode === 0 ? 'passed' : 'FAILED'}: ` +
          `${r.inputs} inputs over ${r.entries} entry points in ${r.seconds} s` +
          (r.failedEntries.length > 0 ? `; failing: ${r.failedEntries.join(', ')}` : '') +
          ` (${results.length}/${families.length} families done)`,
      );
    }
  }),
);

const summary = {
  seed,
  commit,
  uncommittedChanges: dirty !== '',
  runsPerFamily: runs,
  startedAt: startedAt.toISOString(),
  seconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
  inputs: results.reduce((n, r) => n + r.inputs, 0),
  entries: results.reduce((n, r) => n + r.entries, 0),
  failedEntries: results.flatMap((r) => r.failedEntries),
  families: results.sort((a, b) => a.family.localeCompare(b.family)),
};
writeFileSync(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.info(
  `fuzz: ${summary.inputs} inputs over ${summary.entries} entry points in ${summary.seconds} s; ` +
    `${summary.failedEntries.length} failing entry points${summary.failedEntries.length ? `: ${summary.failedEntries.join(', ')}` : ''}; ` +
    `summary in ${join(outDir, 'summary.json')}`,
);
process.exitCode = summary.failedEntries.length === 0 ? 0 : 1;
