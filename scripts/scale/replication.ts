/**
 * Helpers for the replica check: how far a standby has replayed, and waiting for it to reach
 * the primary's current WAL position.
 */
import type pg from 'pg';

/**
 * The primary's current WAL insert position (an LSN such as `0/3000148`). Not
 * `pg_current_wal_lsn()`, the *write* position: a commit is flushed before it returns, so the
 * write position covers it, but an abort record is written lazily (by the WAL writer, within
 * `wal_writer_delay`) and may still sit in WAL buffers beyond the write position.
 */
export async function currentLsn(primary: pg.Pool): Promise<string> {
  const { rows } = await primary.query<{ lsn: string }>(
    'SELECT pg_current_wal_insert_lsn()::text AS lsn',
  );
  return rows[0]?.lsn ?? '0/0';
}

/**
 * Waits until the standby has replayed everything the primary has logged so far
 * (`pg_last_wal_replay_lsn() >=` the primary's insert position); answers how long that took in
 * ms.
 */
export async function waitForReplay(
  primary: pg.Pool,
  standby: pg.Pool,
  timeoutMs = 30_000,
): Promise<number> {
  const target = await currentLsn(primary);
  const start = performance.now();
  for (;;) {
    const { rows } = await standby.query<{ done: boolean }>(
      'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done',
      [target],
    );
    if (rows[0]?.done === true) return performance.now() - start;
    if (performance.now() - start > timeoutMs) {
      throw new Error(`standby did not replay to ${target} within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The horizon the change feed reads below, as the server answering sees it. */
export async function feedHorizon(pool: pg.Pool): Promise<bigint> {
  const { rows } = await pool.query<{ xmin: string }>(
    'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin',
  );
  return BigInt(rows[0]?.xmin ?? '0');
}
