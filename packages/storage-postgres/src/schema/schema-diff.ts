import type { QueryExecutor } from '../executor/query-executor.js';
import { expectedSchema, type IndexShape, type SchemaShape } from './expected-schema.js';
import { DEFAULT_SCHEMA } from './identifiers.js';
import { readLiveSchema } from './live-schema.js';

/** What kind of drift a {@link SchemaDifference} reports. */
export type SchemaDifferenceKind =
  | 'missing-table'
  | 'unexpected-table'
  | 'missing-column'
  | 'unexpected-column'
  | 'column-type'
  | 'column-nullability'
  | 'column-collation'
  | 'missing-index'
  | 'unexpected-index'
  | 'index-definition';

/** One way the live database differs from what the migrations declare. */
export interface SchemaDifference {
  readonly kind: SchemaDifferenceKind;
  /** `table`, `table.column` or the index name. */
  readonly object: string;
  readonly expected?: string;
  readonly actual?: string;
}

const describeIndex = (index: IndexShape) =>
  `${index.table}(${index.columns.join(', ')})${index.primary ? ' primary' : index.unique ? ' unique' : ''}${index.partial ? ' partial' : ''}`;

/** Lists every difference between two schema shapes (empty when they agree). */
export function compareSchemas(expected: SchemaShape, actual: SchemaShape): SchemaDifference[] {
  const out: SchemaDifference[] = [];
  for (const [table, columns] of Object.entries(expected.tables)) {
    const live = actual.tables[table];
    if (live === undefined) {
      out.push({ kind: 'missing-table', object: table });
      continue;
    }
    for (const column of columns) {
      const found = live.find((c) => c.name === column.name);
      const object = `${table}.${column.name}`;
      if (found === undefined) out.push({ kind: 'missing-column', object, expected: column.type });
      else if (found.type !== column.type) {
        out.push({ kind: 'column-type', object, expected: column.type, actual: found.type });
      } else if (column.collation !== undefined && found.collation !== column.collation) {
        out.push({
          kind: 'column-collation',
          object,
          expected: column.collation,
          actual: found.collation ?? 'default',
        });
      } else if (found.nullable !== column.nullable) {
        const nullability = (nullable: boolean) => (nullable ? 'NULL' : 'NOT NULL');
        out.push({
          kind: 'column-nullability',
          object,
          expected: nullability(column.nullable),
          actual: nullability(found.nullable),
        });
      }
    }
    for (const column of live) {
      if (!columns.some((c) => c.name === column.name)) {
        out.push({
          kind: 'unexpected-column',
          object: `${table}.${column.name}`,
          actual: column.type,
        });
      }
    }
  }
  for (const table of Object.keys(actual.tables)) {
    if (expected.tables[table] === undefined) out.push({ kind: 'unexpected-table', object: table });
  }
  for (const index of expected.indexes) {
    const found = actual.indexes.find((i) => i.name === index.name);
    if (found === undefined) {
      out.push({ kind: 'missing-index', object: index.name, expected: describeIndex(index) });
    } else if (describeIndex(found) !== describeIndex(index)) {
      out.push({
        kind: 'index-definition',
        object: index.name,
        expected: describeIndex(index),
        actual: describeIndex(found),
      });
    }
  }
  for (const index of actual.indexes) {
    if (!expected.indexes.some((i) => i.name === index.name)) {
      out.push({ kind: 'unexpected-index', object: index.name, actual: describeIndex(index) });
    }
  }
  return out;
}

/**
 * Compares the live schema with what the migrations declare; returns the differences (empty
 * when the database matches). Run it at start-up or in CI to catch drift.
 *
 * @example
 * const drift = await checkSchema(executor, { schema: 'livewell' });
 * if (drift.length > 0) console.error(drift);
 */
export async function checkSchema(
  executor: QueryExecutor,
  options: { readonly schema?: string } = {},
): Promise<SchemaDifference[]> {
  return compareSchemas(
    expectedSchema,
    await readLiveSchema(executor, options.schema ?? DEFAULT_SCHEMA),
  );
}
