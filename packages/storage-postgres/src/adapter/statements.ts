import type { RowFilter, RowQuery } from '@livewell/storage/driver';

/**
 * The columns every read returns, with `seq` as text (bigint) and the exact document text. Reads
 * alias the table `r`, and ORDER BY names `r.seq`: a bare `seq` would sort by the text output
 * column ('10' < '2').
 */
const COLUMNS = `r.id, r.version, r.seq::text AS seq, r.person_id, r.parent_id,
  coalesce(r.doc_exact, r.doc::text) AS doc`;

/** Takes the next change number of one tenant's collection; the row lock is held to commit. */
const nextSeq = (s: string) => `WITH s AS (
    INSERT INTO ${s}.sequences AS q (tenant_id, collection, last_seq) VALUES ($1, $2, 1)
    ON CONFLICT (tenant_id, collection) DO UPDATE SET last_seq = q.last_seq + 1
    RETURNING last_seq
  )`;

/**
 * Every statement the adapter runs, for one (quoted) schema. Values are always parameters:
 * `$1` tenant, `$2` collection, then per statement. Only the schema name is spliced in.
 */
export interface Statements {
  readonly get: string;
  /** $3 id, $4 person, $5 parent, $6 jsonb, $7 exact. Returns nothing on a duplicate id. */
  readonly insert: string;
  /**
   * `count` rows in one statement: $3 count, then per row id, person, parent, jsonb, exact.
   * Takes `count` change numbers at once and gives them to the rows in order; returns `id, seq`
   * of the rows inserted (none for an id that exists or repeats).
   */
  insertMany(count: number): string;
  /** $3 id, $4 person, $5 parent, $6 jsonb, $7 exact, $8 expected version. */
  readonly replace: string;
  readonly version: string;
  list(query: RowQuery): { readonly text: string; readonly params: readonly unknown[] };
  remove(filter: RowFilter): { readonly text: string; readonly params: readonly unknown[] };
}

/** Builds the statements for `schema` (already validated and quoted). */
export function statements(schema: string): Statements {
  const records = `${schema}.records`;
  const key = `tenant_id = $1 AND collection = $2`;
  return {
    get: `SELECT ${COLUMNS} FROM ${records} AS r WHERE ${key} AND id = $3`,
    insert: `${nextSeq(schema)}
      INSERT INTO ${records} (tenant_id, collection, id, version, seq, person_id, parent_id, doc, doc_exact)
      SELECT $1, $2, $3, 1, s.last_seq, $4, $5, $6::jsonb, $7 FROM s
      ON CONFLICT (tenant_id, collection, id) DO NOTHING
      RETURNING seq::text AS seq`,
    insertMany: (count) => {
      const rows = Array.from({ length: count }, (_, i) => {
        const p = (k: number) => `$${4 + i * 5 + k}`;
        return `(${p(0)}::text, ${p(1)}::text, ${p(2)}::text, ${p(3)}::jsonb, ${p(4)}::text, ${i + 1})`;
      });
      return `WITH s AS (
      INSERT INTO ${schema}.sequences AS q (tenant_id, collection, last_seq) VALUES ($1, $2, $3::bigint)
      ON CONFLICT (tenant_id, collection) DO UPDATE SET last_seq = q.last_seq + $3::bigint
      RETURNING last_seq
    )
      INSERT INTO ${records} (tenant_id, collection, id, version, seq, person_id, parent_id, doc, doc_exact)
      SELECT $1, $2, v.id, 1, s.last_seq - $3::bigint + v.n, v.person, v.parent, v.doc, v.exact
      FROM s, (VALUES ${rows.join(', ')}) AS v (id, person, parent, doc, exact, n)
      ORDER BY v.n
      ON CONFLICT (tenant_id, collection, id) DO NOTHING
      RETURNING id, seq::text AS seq`;
    },
    replace: `${nextSeq(schema)}
      UPDATE ${records} AS r SET version = r.version + 1, seq = s.last_seq, person_id = $4,
        parent_id = $5, doc = $6::jsonb, doc_exact = $7
      FROM s WHERE r.tenant_id = $1 AND r.collection = $2 AND r.id = $3 AND r.version = $8
      RETURNING r.version, r.seq::text AS seq`,
    version: `SELECT version FROM ${records} WHERE ${key} AND id = $3`,
    list(query) {
      const params: unknown[] = [];
      const where = [key];
      const add = (sql: (n: string) => string, value: unknown) => {
        params.push(value);
        where.push(sql(`$${params.length + 2}`));
      };
      if (query.personId !== undefined) add((n) => `person_id = ${n}`, query.personId);
      if (query.parentId !== undefined) add((n) => `parent_id = ${n}`, query.parentId);
      const order = query.order === 'id' ? 'r.id' : 'r.seq';
      if (query.after !== undefined) {
        add((n) => (order === 'r.id' ? `r.id > ${n}::text` : `r.seq > ${n}::bigint`), query.after);
      }
      params.push(query.limit);
      const text = `SELECT ${COLUMNS} FROM ${records} AS r WHERE ${where.join(' AND ')}
        ORDER BY ${order} LIMIT $${params.length + 2}`;
      return { text, params };
    },
    remove(filter) {
      const params: unknown[] = [];
      const where = [key];
      const add = (column: string, value: string | undefined) => {
        if (value === undefined) return;
        params.push(value);
        where.push(`${column} = $${params.length + 2}`);
      };
      add('id', filter.id);
      add('person_id', filter.personId);
      add('parent_id', filter.parentId);
      return { text: `DELETE FROM ${records} WHERE ${where.join(' AND ')}`, params };
    },
  };
}
