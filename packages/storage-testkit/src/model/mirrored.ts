import type { Cursor, TenantStore } from '@livewell/storage';
import fc from 'fast-check';
import type { TestApi } from '../conformance/context.js';
import { type ModelWorld, type Outcome, outcome, type RealWorld } from './world.js';

/** A model-based command over the model and the adapter. */
export type Cmd = fc.AsyncCommand<ModelWorld, RealWorld>;

/**
 * A command that performs the same call on model and adapter and compares the outcomes.
 * `prepare` runs once, on the model, before both calls (fresh ids, the version to expect).
 */
export function mirrored<P = undefined>(
  t: TestApi,
  label: string,
  tenant: 0 | 1,
  call: (s: TenantStore, tenantId: string, prepared: P) => Promise<unknown>,
  prepare?: (model: ModelWorld, tenantId: string) => Promise<P>,
): Cmd {
  return {
    check: () => true,
    run: async (model, real) => {
      const key = real.tenants[tenant];
      const prepared = (await prepare?.(model, key)) as P;
      const expected: Outcome = await outcome(() =>
        call(model.stores[key] as TenantStore, key, prepared),
      );
      const actual: Outcome = await outcome(() =>
        call(real.stores[key] as TenantStore, key, prepared),
      );
      t.expect(actual, label).toEqual(expected);
    },
    toString: () => label,
  };
}

/** Reads every page of a listing. */
export async function walk<T>(
  page: (cursor?: Cursor) => Promise<{ items: readonly T[]; next: Cursor | null }>,
) {
  const all: T[] = [];
  let cursor: Cursor | undefined;
  do {
    const p = await page(cursor);
    all.push(...p.items);
    cursor = p.next ?? undefined;
  } while (cursor !== undefined);
  return all;
}

/** Which of the two test tenants a command uses. */
export const tenantArb = fc.constantFrom<0 | 1>(0, 1);
/** A small pool of person ids, so commands collide. */
export const personIdArb = fc.constantFrom('p1', 'p2', 'p3');
/** Seeds for record fixtures. */
export const seedArb = fc.integer({ min: 1, max: 6 });
/** Small page sizes, so listings span pages. */
export const limitArb = fc.integer({ min: 1, max: 4 });
