import type { ReadCriteria } from './search-criteria.js';

/** The store's row columns (the codec stamp only while the row is the version it wrote). */
const COLUMNS = `r.id, r.version, coalesce(r.doc_exact, r.doc::text) AS doc,
  CASE WHEN r.xmin = r.xid::xid THEN r.codec END AS stamp`;

/** What separates the tenant from the rest of a search index key (U+001F, as `chr(31)`). */
const TENANT_KEY = '\u001f';

/** A statement and its parameters. */
export interface Statement {
  readonly text: string;
  readonly params: readonly unknown[];
}

/**
 * The statement finding the ids of a tenant's locations inside the box:
 * the btree on tenant, `point_latitude`, `point_longitude` (migration 5).
 */
export function boxStatement(
  s: string,
  tenantId: string,
  box: NonNullable<ReadCriteria['box']>,
): Statement {
  const params: unknown[] = [tenantId, box.south, box.north];
  let lon = '';
  if (box.west !== undefined && box.east !== undefined) {
    params.push(box.west, box.east);
    lon = ` AND ${s}.point_longitude(l.doc) BETWEEN $4::float8 AND $5::float8`;
  }
  return {
    text: `SELECT l.id AS key FROM ${s}.records AS l
      WHERE l.tenant_id = $1 AND l.collection = 'location'
        AND ${s}.point_latitude(l.doc) BETWEEN $2::float8 AND $3::float8${lon}`,
    params,
  };
}

/**
 * The statement picking a tenant's services that may match: only the conditions the query has
 * are written, so each shape of query gets its own plan, and each is one PostgreSQL's indexes
 * answer (migration 5): terms by `service_terms` (GIN: `&&` any, `@>` all) and place by the
 * ids of the service's locations (GIN, `?|`) among `locationKeys` (from {@link boxStatement}), which
 * the planner sees (a custom plan), so it can combine both indexes. Values are always
 * parameters; `s` is the quoted schema.
 */
export function serviceStatement(
  s: string,
  c: ReadCriteria,
  locationKeys: readonly string[] | undefined,
): Statement {
  const params: unknown[] = [c.tenantId];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [`r.tenant_id = $1`, `r.collection = 'service'`];
  if (c.termKeys !== undefined) {
    const keys = c.termKeys.map((k) => `${c.tenantId}${TENANT_KEY}${k}`);
    const op = c.allTerms ? '@>' : '&&';
    where.push(`${s}.service_terms(r.tenant_id, r.doc) ${op} ${param(keys)}::text[]`);
  }
  if (c.statuses !== undefined) where.push(`r.doc->>'status' = ANY (${param(c.statuses)}::text[])`);
  if (locationKeys !== undefined) {
    where.push(
      `jsonb_path_query_array(r.doc, '$.locations[*].locationId') ?| ${param(locationKeys)}::text[]`,
    );
  }
  return { text: `SELECT ${COLUMNS} FROM ${s}.records AS r WHERE ${where.join(' AND ')}`, params };
}

/** The statement reading a tenant's locations by id. */
export function locationStatement(s: string, tenantId: string, ids: readonly string[]): Statement {
  return {
    text: `SELECT ${COLUMNS} FROM ${s}.records AS r
      WHERE r.tenant_id = $1 AND r.collection = 'location' AND r.id = ANY ($2::text[])`,
    params: [tenantId, ids],
  };
}
