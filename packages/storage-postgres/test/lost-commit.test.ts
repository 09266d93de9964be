/**
 * Issue 11 regression on a real PostgreSQL server: the connection drops after COMMIT succeeded,
 * so the caller gets the retryable `StorageUnavailableError` although the check-in was stored.
 * Retried with the same `commandId`, the check-in is stored once and the original result comes
 * back. (Without a commandId the same retry records it twice: shown as the control.)
 */
import { ok, type RecordId } from '@livewell/core';
import { StorageUnavailableError } from '@livewell/storage';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../src/adapter/postgres-store.js';
import { pgExecutor } from '../src/executor/pg-executor.js';
import type { QueryExecutor } from '../src/executor/query-executor.js';
import { migrate } from '../src/schema/migrate.js';
import { type CommitCuttingProxy, commitCuttingProxy } from './support/commit-cutting-proxy.js';
import { freshTenant } from './support/driver-harness.js';
import { databaseUrl, dropSchema, uniqueSchema } from './support/engines.js';
import { eventOf, planOf } from './support/fixtures.js';

describe.skipIf(databaseUrl === undefined)('a COMMIT whose acknowledgement is lost', () => {
  let proxy: CommitCuttingProxy;
  let executor: QueryExecutor;
  const schema = uniqueSchema('lw_commit');
  beforeAll(async () => {
    const server = new URL(databaseUrl as string);
    proxy = await commitCuttingProxy({ host: server.hostname, port: Number(server.port || 5432) });
    const viaProxy = new URL(server);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    executor = pgExecutor(new pg.Pool({ connectionString: viaProxy.toString(), max: 2 }), {
      endPoolOnClose: true,
    });
    await migrate(executor, { schema });
  });
  afterAll(async () => {
    await dropSchema(executor, schema);
    await executor.close();
    await proxy.close();
  });

  const count = async (tenantId: string, collection: string) => {
    const { rows } = await executor.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "${schema}".records WHERE tenant_id = $1 AND collection = $2`,
      [tenantId, collection],
    );
    return Number(rows[0]?.n);
  };

  it('is stored once when retried with the same commandId', async () => {
    const store = createPostgresStore(executor, { schema, closeExecutor: false });
    const tenantId = freshTenant();
    const practice = store.forTenant(tenantId);
    const planId = 'plan-1' as RecordId;
    await practice.carePlans.create(planOf(tenantId, planId, 'person-1'));
    let built = 0;
    // The application builds the check-in event afresh (new id) on every call.
    const checkIn = (commandId?: string) =>
      practice.carePlans.update(
        planId,
        (plan) => {
          built += 1;
          return ok({ plan, events: [eventOf(tenantId, planId, `check-in-${built}`, built)] });
        },
        commandId === undefined ? {} : { commandId },
      );

    proxy.cutNextCommit();
    const lost = await checkIn('cmd-check-in-1').catch((error: unknown) => error);
    expect(proxy.cuts).toBe(1);
    expect(lost).toBeInstanceOf(StorageUnavailableError);
    expect(await count(tenantId, 'care-plan-event')).toBe(1); // committed all the same

    const retried = await checkIn('cmd-check-in-1');
    expect(retried.ok).toBe(true);
    if (!retried.ok) return;
    expect(retried.value.plan.version).toBe(2);
    expect(retried.value.events.map((e) => e.event.id)).toEqual(['check-in-1']);
    expect(await count(tenantId, 'care-plan-event')).toBe(1);
    expect(await count(tenantId, 'command-receipt')).toBe(1);
    expect((await practice.carePlans.get(planId)).version).toBe(2);

    // Control: the same lost acknowledgement without a commandId, retried, stores it twice.
    proxy.cutNextCommit();
    expect(await checkIn().catch((error: unknown) => error)).toBeInstanceOf(
      StorageUnavailableError,
    );
    await checkIn();
    expect(proxy.cuts).toBe(2);
    expect(await count(tenantId, 'care-plan-event')).toBe(3);
  });
});
