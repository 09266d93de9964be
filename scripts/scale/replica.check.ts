/**
 * Streaming replica check (run by replica.sh against the clusters it starts; not part of
 * `pnpm test`). Writes go through @livewell/storage-postgres on the primary; the search-index
 * sync and a cohort report read from the standby after it has replayed them.
 */
import { cohortReport } from '@livewell/activation';
import type { ActivationLevel, Assessment, RecordId, Service, TenantId } from '@livewell/core';
import { createSearchIndex, type SearchIndex } from '@livewell/peer-support';
import {
  type ChangeCursor,
  isStorageError,
  type Page,
  type PageRequest,
  type Store,
  type TenantStore,
} from '@livewell/storage';
import { createPostgresStore, migrate, pgExecutor } from '@livewell/storage-postgres';
import { recordArbs, sampleOne } from '@livewell/storage-testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedHorizon, waitForReplay } from './replication.js';

const primaryUrl = process.env.SCALE_PRIMARY_URL;
const standbyUrl = process.env.SCALE_STANDBY_URL;
if (primaryUrl === undefined || standbyUrl === undefined) {
  throw new TypeError(
    'Run through scripts/scale/replica.sh (SCALE_PRIMARY_URL, SCALE_STANDBY_URL)',
  );
}

const tenantId = 'scale-replica' as TenantId;
const primaryPool = new pg.Pool({ connectionString: primaryUrl, max: 4 });
const standbyPool = new pg.Pool({ connectionString: standbyUrl, max: 4 });
let primary: Store;
let standby: Store;
const log = (line: string) => console.log(`  [replica] ${line}`);

const serviceOf = (n: number): Service =>
  sampleOne(recordArbs.service(tenantId, `svc-${String(n).padStart(5, '0')}`), 1000 + n);

/** The feed read page by page into the index, as a search service's sync loop does. */
async function sync(
  tenant: TenantStore,
  index: SearchIndex,
  from: ChangeCursor | null,
  limit = 100,
): Promise<{ cursor: ChangeCursor | null; pages: number; ids: string[] }> {
  let cursor = from;
  let pages = 0;
  const ids: string[] = [];
  for (;;) {
    const batch = await tenant.services.changedSince(cursor, limit);
    pages += 1;
    expect(batch.problems).toEqual([]);
    for (const { record } of batch.items) {
      index.upsertService(record);
      ids.push(record.id);
    }
    cursor = batch.cursor;
    if (!batch.hasMore) return { cursor, pages, ids };
  }
}

async function listAll<T>(list: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let page = await list({ limit: 500 });
  out.push(...page.items);
  while (page.next !== null) {
    page = await list({ limit: 500, cursor: page.next });
    out.push(...page.items);
  }
  return out;
}

beforeAll(async () => {
  const executor = pgExecutor(primaryPool);
  const report = await migrate(executor);
  log(`migrated the primary: ${JSON.stringify(report)}`);
  primary = createPostgresStore(executor);
  standby = createPostgresStore(pgExecutor(standbyPool));
  await waitForReplay(primaryPool, standbyPool);
});

afterAll(async () => {
  await primary?.close();
  await standby?.close();
  await primaryPool.end();
  await standbyPool.end();
});

describe('a streaming replica on loopback', () => {
  it('is a hot standby streaming from the primary', async () => {
    const { rows } = await standbyPool.query<{ recovery: boolean }>(
      'SELECT pg_is_in_recovery() AS recovery',
    );
    expect(rows[0]?.recovery).toBe(true);
    const sent = await primaryPool.query<{ state: string }>(
      'SELECT state FROM pg_stat_replication',
    );
    expect(sent.rows.map((r) => r.state)).toEqual(['streaming']);
  });

  it('answers pg_current_snapshot() on the standby, and refuses pg_current_xact_id()', async () => {
    const { rows } = await standbyPool.query<{ snapshot: string }>(
      'SELECT pg_current_snapshot()::text AS snapshot',
    );
    log(`standby pg_current_snapshot() = ${rows[0]?.snapshot}`);
    expect(rows[0]?.snapshot).toMatch(/^\d+:\d+:/);
    const refused = await standbyPool.query('SELECT pg_current_xact_id()').then(
      () => 'answered',
      (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`,
    );
    log(`standby pg_current_xact_id() → ${refused}`);
    expect(refused).not.toBe('answered');
  });

  it('syncs a search index from the standby feed, page by page, once replayed', async () => {
    const writer = primary.forTenant(tenantId);
    const first = Array.from({ length: 250 }, (_, i) => serviceOf(i));
    for (const service of first) await writer.services.create(service);
    const lagMs = await waitForReplay(primaryPool, standbyPool);
    log(`250 services created on the primary; standby replayed them ${lagMs.toFixed(1)} ms later`);

    const index = createSearchIndex();
    const reader = standby.forTenant(tenantId);
    const initial = await sync(reader, index, null);
    expect(index.size).toBe(250);
    expect(new Set(initial.ids)).toEqual(new Set(first.map((s) => s.id)));
    expect(initial.pages).toBe(3);

    // Changes after the cursor: 10 updated, 20 new. The feed from the standby gives exactly those.
    for (const service of first.slice(0, 10)) {
      const current = await writer.services.get(service.id);
      await writer.services.save({ ...current.record, name: `${service.name} (moved)` }, 1);
    }
    const more = Array.from({ length: 20 }, (_, i) => serviceOf(250 + i));
    for (const service of more) await writer.services.create(service);
    await waitForReplay(primaryPool, standbyPool);
    const next = await sync(reader, index, initial.cursor);
    expect(next.ids.length).toBe(30);
    expect(index.size).toBe(270);
    const moved = first[0] as Service;
    expect(index.getService(tenantId, moved.id)?.name).toBe(`${moved.name} (moved)`);

    // Once replayed, the standby's feed is the primary's: same records, same order, same cursor.
    const fromPrimary = await sync(writer, createSearchIndex(), null);
    const fromStandby = await sync(reader, createSearchIndex(), null);
    expect(fromStandby.ids).toEqual(fromPrimary.ids);
    expect(fromStandby.cursor).toEqual(fromPrimary.cursor);
  });

  it('holds the standby feed below a write still open on the primary, then delivers it in order', async () => {
    const writer = primary.forTenant(tenantId);
    const reader = standby.forTenant(tenantId);
    const index = createSearchIndex();
    let { cursor } = await sync(reader, index, null);

    // Transaction A creates a service and stays open; B commits a later one meanwhile.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inA: () => void = () => undefined;
    const aStarted = new Promise<void>((resolve) => {
      inA = resolve;
    });
    const slow = serviceOf(900);
    const fast = serviceOf(901);
    const a = writer.transaction(async (tx) => {
      await tx.services.create(slow);
      inA();
      await gate;
    });
    await aStarted;
    await writer.services.create(fast);
    await waitForReplay(primaryPool, standbyPool);
    const held = await sync(reader, index, cursor);
    const heldOnPrimary = await writer.services.changedSince(cursor, 100);
    log(
      `while A is open: standby feed gives ${held.ids.length} rows, primary ${heldOnPrimary.items.length}; ` +
        `horizons: primary ${await feedHorizon(primaryPool)}, standby ${await feedHorizon(standbyPool)}`,
    );
    expect(held.ids).toEqual([]);
    expect(heldOnPrimary.items).toEqual([]);
    cursor = held.cursor;

    release();
    await a;
    await waitForReplay(primaryPool, standbyPool);
    const after = await sync(reader, index, cursor);
    expect(after.ids).toEqual([slow.id, fast.id]);
  });

  it('holds the standby feed below an xid assigned on the primary that has written no WAL yet', async () => {
    const writer = primary.forTenant(tenantId);
    const reader = standby.forTenant(tenantId);
    let { cursor } = await sync(reader, createSearchIndex(), null);
    const client = await primaryPool.connect();
    try {
      await client.query('BEGIN');
      // An xid is assigned without any WAL record: the standby cannot know of it directly.
      const xid = await client.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid');
      const later = serviceOf(902);
      await writer.services.create(later);
      await waitForReplay(primaryPool, standbyPool);
      const held = await sync(reader, createSearchIndex(), cursor);
      const standbyHorizon = await feedHorizon(standbyPool);
      log(
        `open xid ${xid.rows[0]?.xid} with no WAL: standby horizon ${standbyHorizon}, feed gives ${held.ids.length} rows`,
      );
      expect(held.ids).toEqual([]);
      expect(standbyHorizon).toBeLessThanOrEqual(BigInt(xid.rows[0]?.xid ?? '0'));
      cursor = held.cursor;
      await client.query('ROLLBACK');
      await waitForReplay(primaryPool, standbyPool);
      const after = await sync(reader, createSearchIndex(), cursor);
      expect(after.ids).toEqual([later.id]);
    } finally {
      client.release();
    }
  });

  it('builds a cohort report on the standby from assessments written on the primary', async () => {
    const writer = primary.forTenant(tenantId);
    const levels: ActivationLevel[] = [];
    for (let i = 0; i < 120; i += 1) {
      const level = ((i % 4) + 1) as ActivationLevel;
      levels.push(level);
      const base = sampleOne(
        recordArbs.assessment(tenantId, `asm-${i}`, `person-${String(i).padStart(4, '0')}`),
        5000 + i,
      );
      const assessment: Assessment = {
        ...base,
        instrument: { ...base.instrument, id: 'pam-13' },
        level,
        completedAt: '2026-11-01T09:00:00Z',
      } as Assessment;
      await writer.assessments.append(assessment);
    }
    await waitForReplay(primaryPool, standbyPool);
    const reader = standby.forTenant(tenantId);
    const fromStandby = await listAll((page) => reader.assessments.list(page));
    expect(fromStandby.length).toBe(120);
    const report = cohortReport(fromStandby);
    if (!report.ok) throw new Error(`cohort report failed: ${JSON.stringify(report.error)}`);
    expect(report.value.people).toBe(120);
    expect(report.value.distribution.map((d) => d.count)).toEqual([30, 30, 30, 30]);
    const onPrimary = cohortReport(await listAll((page) => writer.assessments.list(page)));
    expect(onPrimary.ok && onPrimary.value).toEqual(report.value);
    log(
      `cohort report from the standby: ${report.value.people} people, ${report.value.shareAtLevels1And2}% at levels 1–2`,
    );
  });

  it('turns a write on the standby into a typed storage error and changes nothing', async () => {
    const reader = standby.forTenant(tenantId);
    const attempt = await reader.services.create(serviceOf(990)).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isStorageError(attempt)).toBe(true);
    if (!isStorageError(attempt)) return;
    const cause = (attempt as { cause?: { code?: string } }).cause;
    log(
      `standby write → ${attempt.name} code=${attempt.code} retryable=${attempt.retryable} (SQLSTATE ${cause?.code}): ${attempt.message}`,
    );
    expect(cause?.code).toBe('25006');
    expect(attempt.code).toBe('storage-unavailable');
    const update = await reader.services
      .update(serviceOf(0).id as RecordId, (s) => ({ ok: true, value: { ...s, name: 'x' } }), {
        maxAttempts: 1,
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(isStorageError(update) && update.code).toBe('storage-unavailable');
    expect(await primary.forTenant(tenantId).services.find(serviceOf(990).id as RecordId)).toBe(
      undefined,
    );
  });
});
