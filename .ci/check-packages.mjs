#!/usr/bin/env node
// Checks every publishable package as its users will get it: publint (strict), Are The Types
// Wrong (node16 + bundler resolution), and a smoke test importing each built entry under ESM
// and CJS, and each browser build (the `browser` export condition) bundled for a browser with the
// same exports as the Node build. Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { publishablePackages } from './publishable.mjs';

const root = new URL('..', import.meta.url).pathname;
const packagesDir = join(root, 'packages');
let failed = false;

function run(label, cmd, args, cwd) {
  try {
    execFileSync(cmd, args, { cwd, stdio: 'pipe', encoding: 'utf8' });
    console.log(`  ok   ${label}`);
  } catch (error) {
    failed = true;
    console.log(`  FAIL ${label}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Test files, benchmarks and test harnesses must not be published. */
const UNPUBLISHABLE = /(^|\/)(test|tests|testing|test-support|bench)\/|\.(test|bench)\.ts$/;

/** `pnpm pack --dry-run`: the tarball holds no test code (the files it would publish). */
function checkPackContents(cwd) {
  try {
    const output = execFileSync('pnpm', ['pack', '--dry-run', '--json'], {
      cwd,
      stdio: 'pipe',
      encoding: 'utf8',
    });
    const files = JSON.parse(output).files.map((file) => file.path);
    // A testing entry a package publishes on purpose (core's `./testing`) is named in its
    // manifest (`./src/testing/…`, `./dist/testing/…`): files under it are allowed.
    const manifestText = readFileSync(join(cwd, 'package.json'), 'utf8');
    const leaked = files.filter((path) => {
      if (!UNPUBLISHABLE.test(path)) return false;
      const folder = /^(.*?(?:^|\/)(?:test|tests|testing|test-support|bench))\//.exec(path)?.[1];
      return folder === undefined || !manifestText.includes(`./${folder}/`);
    });
    if (leaked.length > 0) {
      failed = true;
      console.log(`  FAIL pack contents: test code in the tarball\n    ${leaked.join('\n    ')}`);
    } else {
      console.log(`  ok   pack contents (${files.length} files, no test code)`);
    }
  } catch (error) {
    failed = true;
    console.log(`  FAIL pnpm pack --dry-run\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

/**
 * Bundles an entry for a browser as an app would (esbuild, `platform: 'browser'`): it must come
 * from dist/browser/, need no Node built-in, and export exactly what the Node build exports.
 */
async function checkBrowserEntry(specifier, cwd) {
  const label = `bundle ${specifier} for a browser (dist/browser, same exports as Node)`;
  try {
    const result = await esbuild.build({
      stdin: { contents: `export * from '${specifier}';`, resolveDir: cwd, loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const [output] = Object.values(result.metafile.outputs);
    const fromBrowserBuild = Object.keys(result.metafile.inputs).some((f) =>
      f.includes('dist/browser/'),
    );
    const nodeExports = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `console.log(JSON.stringify(Object.keys(await import('${specifier}'))))`,
        ],
        { cwd, encoding: 'utf8' },
      ),
    ).sort();
    const browserExports = [...output.exports].sort();
    const missing = nodeExports.filter((name) => !browserExports.includes(name));
    const extra = browserExports.filter((name) => !nodeExports.includes(name));
    if (!fromBrowserBuild || missing.length > 0 || extra.length > 0) {
      failed = true;
      console.log(
        `  FAIL ${label}\n    from dist/browser: ${fromBrowserBuild}; missing: ${missing.join(', ') || '-'}; extra: ${extra.join(', ') || '-'}`,
      );
    } else {
      console.log(`  ok   ${label}`);
    }
  } catch (error) {
    failed = true;
    console.log(`  FAIL ${label}\n${error.message ?? error}`);
  }
}

for (const { cwd, manifest } of publishablePackages(packagesDir)) {
  console.log(manifest.name);
  run('publint --strict', bin('publint'), ['--strict'], cwd);
  run(
    'attw --pack (node16, bundler)',
    bin('attw'),
    ['--pack', '.', '--profile', 'node16', '--format', 'ascii'],
    cwd,
  );
  checkPackContents(cwd);
  const entries = Object.keys(manifest.exports ?? {}).filter((key) => key !== './package.json');
  for (const entry of entries) {
    const specifier = entry === '.' ? manifest.name : `${manifest.name}/${entry.slice(2)}`;
    const check = `if (Object.keys(m).length === 0) { console.error('no exports'); process.exit(1); }`;
    run(
      `import ${specifier} (ESM)`,
      process.execPath,
      ['--input-type=module', '-e', `const m = await import('${specifier}'); ${check}`],
      cwd,
    );
    run(
      `require ${specifier} (CJS)`,
      process.execPath,
      ['-e', `const m = require('${specifier}'); ${check}`],
      cwd,
    );
    if (manifest.exports[entry].browser) await checkBrowserEntry(specifier, cwd);
  }
}

if (failed) {
  console.error('\npackage checks failed');
  process.exit(1);
}
console.log('\nall package checks passed');
