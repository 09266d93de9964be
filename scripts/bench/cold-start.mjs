#!/usr/bin/env node
// Cold start of the built packages, as whole processes side by side with a bare `node`.
//
// Each round starts one process per scenario, in turn (bare node first), and times it from
// spawn to exit; the figure that matters is a scenario's time over bare node in the same round
// (the pairwise difference), whose median over the rounds is printed with its range. Nothing
// here is a timed test: it reports, it does not judge. Run after `pnpm build`:
//   node scripts/bench/cold-start.mjs              # 21 rounds after 3 warm-up rounds
//   node scripts/bench/cold-start.mjs --rounds 41  # more rounds on a noisy machine
//   node scripts/bench/cold-start.mjs --zod        # also bare `import('zod')` / 'zod/mini'
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
const esm = (...files) =>
  files.map((f) => `await import(${JSON.stringify(pathToFileURL(f).href)});`).join(' ');
const cjs = (...files) => files.map((f) => `require(${JSON.stringify(f)});`).join(' ');

const scenarios = [
  { name: 'bare node', args: ['-e', ''], files: [] },
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
]
  .filter((s) => s.files.every((file) => existsSync(file)))
  .map((s) => ({
    name: s.name,
    args:
      s.files.length === 0
        ? s.args
        : s.files[0].endsWith('.cjs')
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
      args: ['--input-type=module', '-e', `await import(${JSON.stringify(url)});`],
    });
  }
}

function timeOnce(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stderr}`);
  return ms;
}

const times = scenarios.map(() => []);
for (let r = 0; r < warmup + rounds; r += 1) {
  const round = scenarios.map((s) => timeOnce(s.args));
  if (r < warmup) continue;
  round.forEach((ms, i) => {
    times[i].push(ms);
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f = (ms) => `${ms.toFixed(1)} ms`;
const [bare] = times;
console.log(
  `node ${process.version}, ${rounds} rounds (+${warmup} warm-up), ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the end`,
);
console.log(
  `${'scenario'.padEnd(38)} ${'median'.padStart(10)} ${'over bare node: median [min–max]'}`,
);
scenarios.forEach((s, i) => {
  const over = times[i].map((ms, k) => ms - bare[k]);
  const range = `[${Math.min(...over).toFixed(1)}–${Math.max(...over).toFixed(1)}]`;
  const extra = i === 0 ? '' : `${f(median(over))} ${range}`;
  console.log(`${s.name.padEnd(38)} ${f(median(times[i])).padStart(10)} ${extra}`);
});
