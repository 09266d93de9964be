import type { Queryable } from '../executor/query-executor.js';
import type { ColumnShape, IndexShape, SchemaShape } from './expected-schema.js';
import { DEFAULT_SCHEMA, quoteSchema } from './identifiers.js';

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  is_nullable: string;
  collation_name: string | null;
}

interface IndexRow {
  index_name: string;
  table_name: string;
  columns: string;
  is_unique: boolean;
  is_primary: boolean;
  is_partial: boolean;
}

/**
 * Reads a schema's tables, columns and indexes from the live database (information_schema and
 * pg_catalog), in the same shape as `expectedSchema`.
 */
export async function readLiveSchema(
  db: Queryable,
  schema: string = DEFAULT_SCHEMA,
): Promise<SchemaShape> {
  quoteSchema(schema);
  const columns = await db.query<ColumnRow & Record<string, unknown>>(
    `SELECT c.table_name::text AS table_name, c.column_name::text AS column_name,
            c.data_type::text AS data_type, c.is_nullable::text AS is_nullable,
            c.collation_name::text AS collation_name
       FROM information_schema.columns c
       JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = $1 AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
    [schema],
  );
  const indexes = await db.query<IndexRow & Record<string, unknown>>(
    `SELECT ic.relname::text AS index_name, tc.relname::text AS table_name,
            (SELECT string_agg(a.attname::text, ',' ORDER BY k.ord)
               FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum) AS columns,
            i.indisunique AS is_unique, i.indisprimary AS is_primary,
            (i.indpred IS NOT NULL) AS is_partial
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_class tc ON tc.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = tc.relnamespace
      WHERE n.nspname = $1
      ORDER BY ic.relname`,
    [schema],
  );
  const tables: Record<string, ColumnShape[]> = {};
  for (const row of columns.rows) {
    const list = tables[row.table_name] ?? [];
    const column = {
      name: row.column_name,
      type: row.data_type,
      nullable: row.is_nullable === 'YES',
    };
    list.push(row.collation_name === null ? column : { ...column, collation: row.collation_name });
    tables[row.table_name] = list;
  }
  return {
    tables,
    indexes: indexes.rows.map(
      (row): IndexShape => ({
        name: row.index_name,
        table: row.table_name,
        columns: (row.columns ?? '').split(',').filter((c) => c !== ''),
        unique: row.is_unique,
        primary: row.is_primary,
        partial: row.is_partial,
      }),
    ),
  };
}
