import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Rewrites every non-ASCII character left in the Node build's `.js` / `.cjs` files (under `dir`,
 * not `dir/browser`) as a `\uXXXX` escape. esbuild already escapes them in strings, templates and
 * regular expressions; what it keeps verbatim are comments (the TSDoc on schema fields: "1–4").
 * One such character makes V8 hold the whole file's source two bytes per character: for core's
 * dist, ~340 KB more allocated at every import (ADR 0015, cold start). The code is unchanged.
 */
export function asciiDist(dir = 'dist'): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'browser') asciiDist(path);
      continue;
    }
    if (!/\.c?js$/.test(entry.name)) continue;
    const text = readFileSync(path, 'utf8');
    const ascii = text.replace(/[^\p{ASCII}]/gu, escapeUnits);
    if (ascii !== text) writeFileSync(path, ascii);
  }
}

/** `c` as `\uXXXX` escapes of its UTF-16 code units (a surrogate pair beyond the BMP). */
function escapeUnits(c: string): string {
  let out = '';
  for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}
