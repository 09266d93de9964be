/** One column as the migrations declare it (`type` as information_schema spells it). */
export interface ColumnShape {
  readonly name: string;
  readonly type: string;
  readonly nullable: boolean;
  /** An explicit collation the column must have (`C` for ids, so order is code-unit order). */
  readonly collation?: string;
}

/** One index (including the primary key) as the migrations declare it. */
export interface IndexShape {
  readonly name: string;
  readonly table: string;
  readonly columns: readonly string[];
  readonly unique: boolean;
  readonly primary: boolean;
  /** True for a partial index (`WHERE …`). */
  readonly partial: boolean;
}

/** A schema's tables, columns and indexes: what migrations declare or what a database has. */
export interface SchemaShape {
  readonly tables: Readonly<Record<string, readonly ColumnShape[]>>;
  readonly indexes: readonly IndexShape[];
}

const col = (name: string, type: string, nullable = false, collation?: string): ColumnShape =>
  collation === undefined ? { name, type, nullable } : { name, type, nullable, collation };

const idx = (
  name: string,
  table: string,
  columns: string[],
  flags: Partial<Pick<IndexShape, 'unique' | 'primary' | 'partial'>> = {},
): IndexShape => ({
  name,
  table,
  columns,
  unique: flags.unique ?? flags.primary ?? false,
  primary: flags.primary ?? false,
  partial: flags.partial ?? false,
});

const bySeq = ['tenant_id', 'collection'];

/**
 * The schema that applying every migration produces. The live-schema check compares a database
 * against this; a test proves the migrations produce exactly it.
 */
export const expectedSchema: SchemaShape = {
  tables: {
    schema_migrations: [
      col('version', 'integer'),
      col('name', 'text'),
      col('checksum', 'text'),
      col('applied_at', 'timestamp with time zone'),
    ],
    records: [
      col('tenant_id', 'text'),
      col('collection', 'text'),
      col('id', 'text', false, 'C'),
      col('version', 'integer'),
      col('seq', 'bigint'),
      col('person_id', 'text', true),
      col('parent_id', 'text', true),
      col('doc', 'jsonb'),
      col('doc_exact', 'text', true),
      col('xid', 'xid8'),
      col('codec', 'text', true),
    ],
    sequences: [col('tenant_id', 'text'), col('collection', 'text'), col('last_seq', 'bigint')],
  },
  indexes: [
    idx('schema_migrations_pkey', 'schema_migrations', ['version'], { primary: true }),
    idx('records_pkey', 'records', [...bySeq, 'id'], { primary: true }),
    idx('records_seq_idx', 'records', [...bySeq, 'seq'], { unique: true }),
    idx('records_person_idx', 'records', [...bySeq, 'person_id', 'id'], { partial: true }),
    idx('records_person_seq_idx', 'records', [...bySeq, 'person_id', 'seq'], { partial: true }),
    idx('records_parent_idx', 'records', [...bySeq, 'parent_id', 'id'], { partial: true }),
    idx('records_parent_seq_idx', 'records', [...bySeq, 'parent_id', 'seq'], { partial: true }),
    idx('records_change_idx', 'records', [...bySeq, 'xid', 'seq']),
    idx('sequences_pkey', 'sequences', bySeq, { primary: true }),
    // Migration 5 (service search): expression indexes list only their plain columns.
    idx('records_service_terms_idx', 'records', [], { partial: true }),
    idx('records_service_locations_idx', 'records', [], { partial: true }),
    idx('records_location_point_idx', 'records', ['tenant_id'], { partial: true }),
  ],
};

/**
 * Migration 5's GIN indexes over expressions, which list no plain column (a core GIN index
 * cannot lead with one): the terms index's keys start with the tenant id; the locations index
 * is only ever used with `tenant_id = $1` beside it (its keys are location ids, and a location
 * id is looked up within the tenant's own locations first).
 */
export const tenantKeyedIndexes = [
  'records_service_terms_idx',
  'records_service_locations_idx',
] as const;

/** Tables that hold tenant data (everything but the migrations ledger). */
export const tenantTables = ['records', 'sequences'] as const;
