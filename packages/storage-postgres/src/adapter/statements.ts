import type { RowFilter, RowQuery } from '@livewell/storage/driver';

/** Columns a listing may leave out because its filter fixes their value. */
interface FixedColumns {
  readonly person?: boolean;
  readonly parent?: boolean;
}

/**
 * The columns a read returns, with `seq` as text (bigint). Reads alias the table `r`, and
 * ORDER BY names `r.seq`: a bare `seq` would sort by the text output column ('10' < '2').
 * `person_id` and `parent_id` are left out where the filter fixes them (the driver answers the
 * filter's value): a plan's thousand events need not carry its id a thousand times.
 *
 * `doc` is the `jsonb` itself, which node-postgres and PGlite parse as the row arrives;
 * `doc_exact` is the exact JSON text, set only for the rare document `jsonb` cannot hold.
 *
 * `stamp` is the codec stamp only while the row is the version the adapter wrote: every adapter
 * write sets `xid` to its transaction in the same statement, so a tuple whose `xmin` (the
 * transaction that made this version) is not that `xid` was changed by something else — a
 * hand-run UPDATE, a restore — and is parsed in full (docs/decisions/0016).
 */
function columns(fixed: FixedColumns = {}): string {
  const person = fixed.person === true ? '' : ' r.person_id,';
  const parent = fixed.parent === true ? '' : ' r.parent_id,';
  return `r.id, r.version, r.seq::text AS seq,${person}${parent} r.doc, r.doc_exact,
  CASE WHEN r.xmin = r.xid::xid THEN r.codec END AS stamp`;
}

const COLUMNS = columns();

/** The next write position: one sequence for the schema, no row to lock. */
const nextSeq = (s: string) => `nextval('${s}.records_seq')`;

/**
 * Where the change feed may read up to: transactions below the oldest one still running have
 * all ended, so no row with a smaller `xid` can still appear (docs/decisions/0012).
 */
const HORIZON = 'pg_snapshot_xmin(pg_current_snapshot())';

/**
 * Every statement the adapter runs, for one (quoted) schema. Values are always parameters:
 * `$1` tenant, `$2` collection, then per statement. Only the schema name is spliced in.
 */
export interface Statements {
  readonly get: string;
  /**
   * $3 id, $4 person, $5 parent, $6 jsonb, $7 exact, $8 codec stamp. Returns nothing on a
   * duplicate id.
   */
  readonly insert: string;
  /**
   * `count` rows in one statement: from $3, per row id, person, parent, jsonb, exact, codec. Gives
   * the rows increasing positions in order; returns `id, seq`
   * of the rows inserted (none for an id that exists or repeats).
   */
  insertMany(count: number): string;
  /** $3 id, $4 person, $5 parent, $6 jsonb, $7 exact, $8 codec stamp, $9 expected version. */
  readonly replace: string;
  readonly version: string;
  /**
   * The change feed: $3 xid, $4 seq (exclusive start), $5 limit. Rows in (xid, seq) order, only
   * those written by transactions older than every one still running.
   */
  readonly changes: string;
  list(query: RowQuery): { readonly text: string; readonly params: readonly unknown[] };
  remove(filter: RowFilter): { readonly text: string; readonly params: readonly unknown[] };
}

/** Builds the statements for `schema` (already validated and quoted). */
export function statements(schema: string): Statements {
  const records = `${schema}.records`;
  const key = `tenant_id = $1 AND collection = $2`;
  // One text per row count (at most the driver's batch size): built once, and the same string
  // each time, so the executor's statement-name lookup hashes it once.
  const insertManyTexts = new Map<number, string>();
  return {
    get: `SELECT ${COLUMNS} FROM ${records} AS r WHERE ${key} AND id = $3`,
    insert: `INSERT INTO ${records} (tenant_id, collection, id, version, seq, xid, person_id, parent_id, doc, doc_exact, codec)
      VALUES ($1, $2, $3, 1, ${nextSeq(schema)}, pg_current_xact_id(), $4, $5, $6::jsonb, $7, $8)
      ON CONFLICT (tenant_id, collection, id) DO NOTHING
      RETURNING seq::text AS seq`,
    insertMany: (count) => {
      const made = insertManyTexts.get(count);
      if (made !== undefined) return made;
      const rows = Array.from({ length: count }, (_, i) => {
        const p = (k: number) => `$${3 + i * 6 + k}`;
        return `(${p(0)}::text, ${p(1)}::text, ${p(2)}::text, ${p(3)}::jsonb, ${p(4)}::text, ${p(5)}::text, ${i + 1})`;
      });
      // A volatile call in the target list runs after the sort, so positions follow v.n.
      const text = `INSERT INTO ${records} (tenant_id, collection, id, version, seq, xid, person_id, parent_id, doc, doc_exact, codec)
      SELECT $1, $2, v.id, 1, ${nextSeq(schema)}, pg_current_xact_id(), v.person, v.parent, v.doc, v.exact, v.codec
      FROM (VALUES ${rows.join(', ')}) AS v (id, person, parent, doc, exact, codec, n)
      ORDER BY v.n
      ON CONFLICT (tenant_id, collection, id) DO NOTHING
      RETURNING id, seq::text AS seq`;
      insertManyTexts.set(count, text);
      return text;
    },
    replace: `UPDATE ${records} AS r SET version = r.version + 1, seq = ${nextSeq(schema)},
        xid = pg_current_xact_id(), person_id = $4, parent_id = $5, doc = $6::jsonb, doc_exact = $7,
        codec = $8
      WHERE r.tenant_id = $1 AND r.collection = $2 AND r.id = $3 AND r.version = $9
      RETURNING r.version, r.seq::text AS seq`,
    version: `SELECT version FROM ${records} WHERE ${key} AND id = $3`,
    changes: `SELECT ${COLUMNS}, r.xid::text AS xid FROM ${records} AS r
      WHERE ${key} AND (r.xid, r.seq) > ($3::xid8, $4::bigint) AND r.xid < ${HORIZON}
      ORDER BY r.xid, r.seq LIMIT $5`,
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
      const fixed = { person: query.personId !== undefined, parent: query.parentId !== undefined };
      const text = `SELECT ${columns(fixed)} FROM ${records} AS r WHERE ${where.join(' AND ')}
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
