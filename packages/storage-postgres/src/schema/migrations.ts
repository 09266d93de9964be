/**
 * One schema change. `statements` build the DDL for a given (already quoted) schema; each is
 * idempotent (`IF NOT EXISTS`), so a half-known database never breaks a re-run. Released
 * migrations are never edited: add a new one instead (their checksums are recorded).
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: (schema: string) => readonly string[];
}

/**
 * Every migration, in order. `tenant_id` leads every primary key and index, so all of one
 * tenant's rows share a distribution key (see docs/scaling.md).
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'records and change sequences',
    statements: (s) => [
      `CREATE TABLE IF NOT EXISTS ${s}.records (
        tenant_id text NOT NULL CHECK (tenant_id <> ''),
        collection text NOT NULL,
        id text COLLATE "C" NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        seq bigint NOT NULL CHECK (seq >= 1),
        person_id text,
        parent_id text,
        doc jsonb NOT NULL,
        doc_exact text,
        PRIMARY KEY (tenant_id, collection, id)
      )`,
      `CREATE UNIQUE INDEX IF NOT EXISTS records_seq_idx ON ${s}.records (tenant_id, collection, seq)`,
      `CREATE TABLE IF NOT EXISTS ${s}.sequences (
        tenant_id text NOT NULL,
        collection text NOT NULL,
        last_seq bigint NOT NULL,
        PRIMARY KEY (tenant_id, collection)
      )`,
    ],
  },
  {
    version: 2,
    name: 'person and parent indexes',
    statements: (s) => [
      `CREATE INDEX IF NOT EXISTS records_person_idx ON ${s}.records (tenant_id, collection, person_id, id) WHERE person_id IS NOT NULL`,
      `CREATE INDEX IF NOT EXISTS records_person_seq_idx ON ${s}.records (tenant_id, collection, person_id, seq) WHERE person_id IS NOT NULL`,
      `CREATE INDEX IF NOT EXISTS records_parent_idx ON ${s}.records (tenant_id, collection, parent_id, id) WHERE parent_id IS NOT NULL`,
      `CREATE INDEX IF NOT EXISTS records_parent_seq_idx ON ${s}.records (tenant_id, collection, parent_id, seq) WHERE parent_id IS NOT NULL`,
    ],
  },
  {
    version: 3,
    name: 'change order without a shared counter',
    // Positions come from one sequence (no per-tenant row to lock) and every row records the
    // transaction that wrote it; the change feed reads in (xid, seq) order up to the oldest
    // transaction still running (docs/decisions/0012-change-feed-order.md). Rows written
    // before keep their seq and get xid 0, so they stay first and old cursors still resume.
    statements: (s) => [
      `ALTER TABLE ${s}.records ADD COLUMN IF NOT EXISTS xid xid8 NOT NULL DEFAULT '0'`,
      `ALTER TABLE ${s}.records ALTER COLUMN xid SET DEFAULT pg_current_xact_id()`,
      `CREATE SEQUENCE IF NOT EXISTS ${s}.records_seq AS bigint`,
      `SELECT setval('${s}.records_seq', greatest(1,
        (SELECT max(seq) FROM ${s}.records), (SELECT max(last_seq) FROM ${s}.sequences),
        (SELECT last_value FROM ${s}.records_seq)))`,
      `CREATE INDEX IF NOT EXISTS records_change_idx ON ${s}.records (tenant_id, collection, xid, seq)`,
    ],
  },
  {
    version: 4,
    name: 'codec stamp',
    // The codec that parsed a document on the way in (`CODEC_STAMP` of @livewell/storage). A row
    // is read without parsing again only while its stamp is this release's and its tuple is the
    // one that write made (xmin = xid): docs/decisions/0016-what-is-parsed-on-read.md. Nullable,
    // no default: adding it rewrites nothing, and rows written before it are parsed as before.
    statements: (s) => [`ALTER TABLE ${s}.records ADD COLUMN IF NOT EXISTS codec text`],
  },
  {
    version: 5,
    name: 'service search indexes',
    // The directory searched in the database (`searchStoredServices`): expression indexes over
    // the stored documents, so nothing is rewritten and no column added. Services by the terms
    // they serve (`system|code` of needs and conditions; GIN keys that start with the tenant,
    // `tenant_id` U+001F …, as a core GIN index cannot lead with a plain column) and by the ids
    // of the locations they are held at (GIN over the document's own array: cheap to test on
    // the rows the terms pick); locations by their map point (btree on tenant, latitude,
    // longitude: a bounding box). The functions are IMMUTABLE (they read only their arguments)
    // and answer empty or NULL for a document without the field, so no document fails an index.
    statements: (s) => [
      `CREATE OR REPLACE FUNCTION ${s}.service_terms(tenant_id text, doc jsonb) RETURNS text[]
        LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
        AS $$ SELECT coalesce(array_agg(DISTINCT
            tenant_id || chr(31) || (c->>'system') || '|' || (c->>'code')), '{}')
          FROM jsonb_array_elements(
            CASE WHEN jsonb_typeof(doc->'needs') = 'array' THEN doc->'needs' ELSE '[]' END ||
            CASE WHEN jsonb_typeof(doc->'conditions') = 'array' THEN doc->'conditions' ELSE '[]' END
          ) AS c
          WHERE jsonb_typeof(c->'system') = 'string' AND jsonb_typeof(c->'code') = 'string' $$`,
      `CREATE OR REPLACE FUNCTION ${s}.point_latitude(doc jsonb) RETURNS double precision
        LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
        AS $$ SELECT CASE WHEN jsonb_typeof(doc->'address'->'point'->'latitude') = 'number'
          THEN (doc->'address'->'point'->>'latitude')::double precision END $$`,
      `CREATE OR REPLACE FUNCTION ${s}.point_longitude(doc jsonb) RETURNS double precision
        LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
        AS $$ SELECT CASE WHEN jsonb_typeof(doc->'address'->'point'->'longitude') = 'number'
          THEN (doc->'address'->'point'->>'longitude')::double precision END $$`,
      `CREATE INDEX IF NOT EXISTS records_service_terms_idx ON ${s}.records
        USING gin (${s}.service_terms(tenant_id, doc)) WHERE collection = 'service'`,
      `CREATE INDEX IF NOT EXISTS records_service_locations_idx ON ${s}.records
        USING gin (jsonb_path_query_array(doc, '$.locations[*].locationId')) WHERE collection = 'service'`,
      `CREATE INDEX IF NOT EXISTS records_location_point_idx ON ${s}.records
        (tenant_id, ${s}.point_latitude(doc), ${s}.point_longitude(doc)) WHERE collection = 'location'`,
    ],
  },
];

/** The newest migration version this package knows. */
export const LATEST_MIGRATION = Math.max(...migrations.map((m) => m.version));
