/**
 * A concurrent care-plan workload for the scale checks: `writers` writers over `tenants`
 * tenants, each saving its own plan with three events `saves` times (the writers bench's unit
 * of work), collecting every failure instead of stopping at the first.
 */
import type { RecordId, TenantId } from '@livewell/core';
import type { Store } from '@livewell/storage';
import { eventOf, planOf } from '../../packages/storage-postgres/test/support/fixtures.js';

/** The shape of one run. */
export interface Workload {
  readonly label: string;
  readonly writers: number;
  readonly tenants: number;
  readonly saves: number;
}

/** What a run did: saves committed, failures (as thrown), elapsed time, final plan versions. */
export interface WorkloadOutcome {
  readonly saved: number;
  readonly failures: readonly unknown[];
  readonly ms: number;
  readonly versions: readonly number[];
}

/** Runs the workload against `store`; a writer whose plan cannot be created counts as a failure. */
export async function runWorkload(store: Store, workload: Workload): Promise<WorkloadOutcome> {
  const failures: unknown[] = [];
  const created = await Promise.allSettled(
    Array.from({ length: workload.writers }, async (_, w) => {
      const tenantId = `${workload.label}-t${w % workload.tenants}` as TenantId;
      const planId = `plan-${w}` as RecordId;
      const plan = planOf(tenantId, planId, `person-${w}`);
      const events = [1, 2, 3].map((i) => eventOf(tenantId, planId, `e${i}`, i));
      const practice = store.forTenant(tenantId);
      const version = (await practice.carePlans.create(plan)).plan.version;
      return { plan, events, practice, version };
    }),
  );
  const writers = created.flatMap((outcome) => {
    if (outcome.status === 'fulfilled') return [outcome.value];
    failures.push(outcome.reason);
    return [];
  });
  let saved = 0;
  const started = performance.now();
  const versions = await Promise.all(
    writers.map(async ({ plan, events, practice, version: first }) => {
      let version = first;
      for (let i = 0; i < workload.saves; i += 1) {
        try {
          version = (await practice.carePlans.save(plan, events, version)).plan.version;
          saved += 1;
        } catch (error) {
          failures.push(error);
          // Re-read the version: an unknown outcome may or may not have committed.
          const current = await practice.carePlans.find(plan.id).catch(() => undefined);
          if (current !== undefined) version = current.version;
        }
      }
      return version;
    }),
  );
  return { saved, failures, ms: performance.now() - started, versions };
}
