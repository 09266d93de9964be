#!/usr/bin/env node
// Browser bundle budget for @livewell/core + @livewell/care-plan + @livewell/activation.
//
// Bundles each scenario below with esbuild exactly as a browser app would (ESM, minified,
// platform browser, tree-shaken), reads the metafile to say what each package contributes,
// gzips the result, and fails when a scenario is over its ceiling. Usage:
//   node scripts/size-budget.mjs            # the built packages' browser builds (dist/browser/)
//   node scripts/size-budget.mjs --source   # src/ through the @livewell/source condition
//   node scripts/size-budget.mjs --json     # figures as JSON (for docs/browser.md)
// The figures and what they mean are in docs/browser.md.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv.includes('--source');
const asJson = process.argv.includes('--json');
const KB = 1000;

/**
 * The scenarios and their ceilings (bytes). The target is 150 KB minified / 40 KB gzip
 * for a browser bundle of core + care-plan + activation. Bundlers targeting a browser take each
 * package's per-module browser build (dist/browser/, docs/decisions/0017-browser-build.md), so
 * zod, date-fns and immer count apart, as from src/. The whole surface is livewell's own code
 * alone above the target (docs/browser.md); its ceiling stops growth. The patient page, a
 * bundle that imports what a page uses, is held to the target.
 */
const scenarios = [
  {
    name: 'whole surface (export * of the three packages)',
    entry: `export * as core from '@livewell/core';
export * as carePlan from '@livewell/care-plan';
export * as activation from '@livewell/activation';`,
    budget: { min: 228 * KB, gzip: 75.1 * KB },
  },
  {
    name: 'patient page (parse, plan lifecycle, preparation, score, tailoring)',
    entry: `export { parseCarePlan, parsePerson, parseAssessment } from '@livewell/core';
export { transition, allowedCommands, planPreparation, startCarePlan } from '@livewell/care-plan';
export { score, phq9, gad7, levelGuidance, assessmentFromScoring } from '@livewell/activation';`,
    budget: { min: 150 * KB, gzip: 40 * KB },
  },
];
const target = { min: 150 * KB, gzip: 40 * KB };

/** Resolves `@livewell/<pkg>` as a browser bundler does (its `browser` export: dist/browser/), or to src. */
const workspace = {
  name: 'livewell-workspace',
  setup(build) {
    build.onResolve({ filter: /^@livewell\/[a-z-]+$/ }, (args) => {
      const dir = join(root, 'packages', args.path.slice('@livewell/'.length));
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const entry = manifest.exports['.'];
      return { path: join(dir, source ? entry['@livewell/source'] : entry.browser.default) };
    });
  },
};

/** The package (or dependency) an input file belongs to. */
function ownerOf(file) {
  const path = relative(root, file).split(sep).join('/');
  const pkg = /^packages\/([^/]+)\//.exec(path);
  if (pkg) return `@livewell/${pkg[1]}`;
  const dep = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (!dep) return path;
  if (dep[1] === 'zod' && dep[2].includes('/locales/')) return 'zod (locales)';
  return dep[1];
}

async function measure(scenario) {
  const result = await esbuild.build({
    stdin: { contents: scenario.entry, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: source ? ['@livewell/source'] : [],
    plugins: [workspace],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0].contents;
  const [{ inputs }] = Object.values(result.metafile.outputs);
  const byOwner = {};
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const owner = ownerOf(join(root, file));
    byOwner[owner] = (byOwner[owner] ?? 0) + bytesInOutput;
  }
  return { min: output.length, gzip: gzipSync(output, { level: 9 }).length, byOwner };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
let over = false;
const report = [];
for (const scenario of scenarios) {
  const size = await measure(scenario);
  report.push({ name: scenario.name, ...size, budget: scenario.budget });
  const fits = size.min <= scenario.budget.min && size.gzip <= scenario.budget.gzip;
  over ||= !fits;
  if (asJson) continue;
  console.log(`\n${fits ? 'ok  ' : 'OVER'} ${scenario.name}`);
  console.log(
    `     ${kb(size.min)} minified (ceiling ${kb(scenario.budget.min)}, target ${kb(target.min)}), ` +
      `${kb(size.gzip)} gzip (ceiling ${kb(scenario.budget.gzip)}, target ${kb(target.gzip)})`,
  );
  for (const [owner, bytes] of Object.entries(size.byOwner).sort((a, b) => b[1] - a[1])) {
    if (bytes > 0) console.log(`     ${owner.padEnd(24)} ${kb(bytes).padStart(9)}`);
  }
}
if (asJson) console.log(JSON.stringify({ source, target, report }, null, 2));
if (over) {
  console.error('\nA browser bundle is over its size ceiling (scripts/size-budget.mjs).');
  process.exit(1);
}
