#!/usr/bin/env node
// API reports: for every entry point of every publishable package, API Extractor reads the built
// `.d.ts` and writes `packages/<pkg>/api/<entry>.api.md`, the package's public surface as
// reviewable text. `--check` (CI) fails when a report differs from the committed one, so every
// change of surface shows up in review. It also fails (in both modes) when an export mentions a
// type that no entry point of its package exports (API Extractor's `ae-forgotten-export`): a
// user could not name or make it. Run after `pnpm build`.
//   node .ci/api-report.mjs          rewrite the reports
//   node .ci/api-report.mjs --check  fail on any difference
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { publishablePackages } from './publishable.mjs';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const packagesDir = join(root, 'packages');
let failed = false;

/** `dist/…/x.d.ts` for an exports-map entry. */
function typesOf(target) {
  const types = target?.import?.types;
  if (typeof types !== 'string') throw new Error(`no import types in ${JSON.stringify(target)}`);
  return types;
}

for (const { cwd, manifestPath, manifest } of publishablePackages(packagesDir)) {
  const reportFolder = join(cwd, 'api');
  const reports = [];
  mkdirSync(reportFolder, { recursive: true });
  for (const [key, target] of Object.entries(manifest.exports ?? {})) {
    if (key === './package.json') continue;
    const entry = key === '.' ? 'index' : key.slice(2).replaceAll('/', '-');
    const config = ExtractorConfig.prepare({
      configObjectFullPath: join(cwd, 'api-extractor.json'),
      packageJsonFullPath: manifestPath,
      configObject: {
        projectFolder: cwd,
        mainEntryPointFilePath: join(cwd, typesOf(target)),
        compiler: {
          overrideTsconfig: {
            compilerOptions: { skipLibCheck: true, lib: ['ES2023'], types: ['node'] },
          },
        },
        apiReport: {
          enabled: true,
          reportFolder,
          reportTempFolder: join(cwd, 'node_modules', '.api-report'),
          reportFileName: `${entry}.api.md`,
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          compilerMessageReporting: { default: { logLevel: 'warning' } },
          extractorMessageReporting: {
            default: { logLevel: 'none' },
            'ae-forgotten-export': { logLevel: 'warning', addToApiReportFile: true },
          },
          tsdocMessageReporting: { default: { logLevel: 'none' } },
        },
      },
    });
    const result = Extractor.invoke(config, {
      localBuild: !check,
      showVerboseMessages: false,
      messageCallback: (message) => {
        if (message.logLevel === 'warning' && message.messageId !== 'ae-forgotten-export') {
          console.log(`  ${message.text}`);
        }
        message.handled = true;
      },
    });
    const label = `${manifest.name}${key === '.' ? '' : key.slice(1)}`;
    reports.push({ label, file: join(reportFolder, `${entry}.api.md`) });
    if (check && result.apiReportChanged) {
      failed = true;
      console.log(`  FAIL ${label}: the public API differs from api/${entry}.api.md`);
      console.log('       run `pnpm build && pnpm api:report` and commit the report');
    } else {
      console.log(`  ok   ${label}${result.apiReportChanged ? ' (report updated)' : ''}`);
    }
  }
  if (!unreachableTypes(reports)) failed = true;
}

/** Every name a report declares as exported. */
function exportedNames(text) {
  const names = new Set();
  const declaration =
    /^export (?:declare )?(?:abstract )?(?:function|const|let|class|interface|type|enum|namespace) (\w+)/gm;
  for (const match of text.matchAll(declaration)) names.add(match[1]);
  for (const match of text.matchAll(/^export \{ (\w+)(?: as (\w+))? \}/gm)) {
    names.add(match[2] ?? match[1]);
  }
  return names;
}

/**
 * True when every type flagged as forgotten in an entry is exported by some entry of the same
 * package (a package's entries share one surface); otherwise prints the ones nobody can name.
 */
function unreachableTypes(reports) {
  const texts = reports.map((report) => ({ ...report, text: readFileSync(report.file, 'utf8') }));
  const exported = new Set(texts.flatMap(({ text }) => [...exportedNames(text)]));
  let ok = true;
  for (const { label, text } of texts) {
    for (const match of text.matchAll(/ae-forgotten-export\) The symbol "(\w+?)(?:_\d+)?"/g)) {
      if (exported.has(match[1])) continue;
      ok = false;
      console.log(`  FAIL ${label}: its API mentions ${match[1]}, which the package never exports`);
    }
  }
  return ok;
}

if (failed) process.exit(1);
