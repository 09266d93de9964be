#!/usr/bin/env node
// Cold start of the built packages, as whole processes side by side with a bare `node`.
//
// Each round starts one process per scenario, in turn (bare node first; the order alternates
// between rounds), and times it from spawn to exit (wall). Each process also reports its own CPU
// time (user + system, `process.cpuUsage()` at the end: steadier than wall on a busy machine)
// and the wall and CPU time of its imports alone (`performance.now()` around them). The figures
// that matter are a scenario's wall and CPU time over bare node in the same round (pairwise
// differences), whose medians over the rounds are printed with their ranges. Nothing here is a
// timed test: it reports, it does not judge. Run after `pnpm build`:
//   node scripts/bench/cold-start.mjs              # 21 rounds after 3 warm-up rounds
//   node scripts/bench/cold-start.mjs --rounds 41  # more rounds on a noisy machine
//   node scripts/bench/cold-start.mjs --zod        # also bare `import('zod')` / 'zod/mini'
//   node scripts/bench/cold-start.mjs --against /tmp/old  # also core + care-plan (ESM) from
//       another copy of the repository (its packages/*/dist), to compare two builds side by side
// Figures and the decision they support: docs/decisions/0015-zod-import-strategy.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const rounds = arg('--rounds', 21);
const warmup = arg('--warmup', 3);

const dist = (pkg, file) => join(root, 'packages', pkg, 'dist', file);
// Every child process reports {cpu, importMs, importCpu} on stdout when it is done.
const cpuNow = '((c) => (c.user + c.system) / 1000)(process.cpuUsage())';
const report = (body) =>
  `const t0 = performance.now(), c0 = ${cpuNow}; ${body} ` +
  `const importMs = performance.now() - t0, importCpu = ${cpuNow} - c0; ` +
  `process.stdout.write(JSON.stringify({ cpu: ${cpuNow}, importMs, importCpu }));`;
const esm = (...files) =>
  report(files.map((f) => `await import(${JSON.stringify(pathToFileURL(f).href)});`).join(' '));
const cjs = (...files) => report(files.map((f) => `require(${JSON.stringify(f)});`).join(' '));

const against = process.argv.includes('--against')
  ? process.argv[process.argv.indexOf('--against') + 1]
  : undefined;
const scenarios = [
  { name: 'bare node', files: [] },
  {
    name: 'core + care-plan (ESM import)',
    files: [dist('core', 'index.js'), dist('care-plan', 'index.js')],
  },
  {
    name: 'core + care-plan (CJS require)',
    files: [dist('core', 'index.cjs'), dist('care-plan', 'index.cjs')],
  },
  {
    name: 'core + care-plan + activation (ESM)',
    files: [
      dist('core', 'index.js'),
      dist('care-plan', 'index.js'),
      dist('activation', 'index.js'),
    ],
  },
  ...(against === undefined
    ? []
    : [
        {
          name: 'core + care-plan (ESM), --against',
          files: ['core', 'care-plan'].map((pkg) =>
            join(against, 'packages', pkg, 'dist', 'index.js'),
          ),
        },
      ]),
]
  .filter((s) => s.files.every((file) => existsSync(file)))
  .map((s) => ({
    name: s.name,
    args: s.files[0]?.endsWith('.cjs')
      ? ['-e', cjs(...s.files)]
      : ['--input-type=module', '-e', esm(...s.files)],
  }));
if (process.argv.includes('--zod')) {
  // zod as core resolves it (the workspace's copy), for comparison.
  const fromCore = createRequire(join(root, 'packages', 'core', 'package.json'));
  for (const entry of ['zod', 'zod/mini']) {
    const url = pathToFileURL(fromCore.resolve(entry).replace(/\.cjs$/, '.js')).href;
    scenarios.push({
      name: `import('${entry}') alone`,
      args: ['--input-type=module', '-e', report(`await import(${JSON.stringify(url)});`)],
    });
  }
}

function timeOnce(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stderr}`);
  return { wall, ...JSON.parse(run.stdout) };
}

const times = scenarios.map(() => []);
for (let r = 0; r < warmup + rounds; r += 1) {
  // Alternate the order so that neither end of a round is always the same scenario.
  const order = scenarios.map((_, i) => i);
  if (r % 2 === 1) order.reverse();
  const round = [];
  for (const i of order) round[i] = timeOnce(scenarios[i].args);
  if (r < warmup) continue;
  round.forEach((sample, i) => {
    times[i].push(sample);
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f = (ms) => `${ms.toFixed(1)} ms`;
const spread = (xs) =>
  `${f(median(xs))} [${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}]`;
const [bare] = times;
console.log(
  `node ${process.version}, ${rounds} rounds (+${warmup} warm-up), ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the end`,
);
console.log('over bare node: pairwise differences in the same round, median [min–max]');
console.log(
  `${'scenario'.padEnd(38)} ${'wall'.padStart(9)} ${'wall over bare'.padEnd(26)} ${'CPU over bare'.padEnd(26)} imports alone (wall / CPU)`,
);
scenarios.forEach((s, i) => {
  const over = (key) => times[i].map((sample, k) => sample[key] - bare[k][key]);
  const columns =
    i === 0
      ? ''
      : `${spread(over('wall')).padEnd(26)} ${spread(over('cpu')).padEnd(26)} ` +
        `${f(median(times[i].map((x) => x.importMs)))} / ${f(median(times[i].map((x) => x.importCpu)))}`;
  const wall = f(median(times[i].map((x) => x.wall)));
  console.log(`${s.name.padEnd(38)} ${wall.padStart(9)} ${columns}`);
});
