/**
 * Writes one JSON Schema (draft 2020-12) per schema in core's catalogue to docs/schemas/,
 * so integrators outside TypeScript can validate livewell records. CI checks the files are
 * up to date (`pnpm schemas:check`).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { schemaCatalogue } from '../src/catalogue.js';

const outDir = fileURLToPath(new URL('../../../docs/schemas/', import.meta.url));
mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(outDir)) {
  if (file.endsWith('.json')) rmSync(`${outDir}${file}`);
}

const names = Object.keys(schemaCatalogue).sort();
for (const name of names) {
  const schema = schemaCatalogue[name as keyof typeof schemaCatalogue];
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' });
  const document = {
    $id: `https://livewell.dev/schemas/${name}.json`,
    title: name,
    ...json,
  };
  writeFileSync(`${outDir}${name}.json`, `${JSON.stringify(document, null, 2)}\n`);
}
console.log(`wrote ${names.length} JSON Schemas to docs/schemas/`);
