// The publishable packages of the workspace (packages/* without `"private": true`), in name
// order: what the CI checks walk (package checks, API reports).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `{ cwd, manifestPath, manifest }` for every publishable package under `packagesDir`. */
export function publishablePackages(packagesDir) {
  const found = [];
  for (const dir of readdirSync(packagesDir).sort()) {
    const cwd = join(packagesDir, dir);
    const manifestPath = join(cwd, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (!manifest.private) found.push({ cwd, manifestPath, manifest });
  }
  return found;
}
