import { createMemoryStore, type TenantStore } from '@livewell/storage';
import fc from 'fast-check';
import type { SuiteContext } from '../conformance/context.js';
import { commandArbs } from './commands.js';
import type { ModelWorld, RealWorld } from './world.js';

/**
 * Model-based test: random sequences of commands run against the adapter and the in-memory
 * reference adapter must give the same outcomes. Contended commands start several writes at once
 * in an order fast-check's scheduler picks (and shrinks). Two tenants per run whose ids are
 * prefixes of each other.
 */
export function modelSuite(ctx: SuiteContext): void {
  const { t } = ctx;
  t.describe('model-based', () => {
    t.it(
      'random operation sequences agree with the in-memory model (scheduled concurrency)',
      ctx.withStore(async (bed) => {
        let run = 0;
        await ctx.withSeed(() =>
          fc.assert(
            fc.asyncProperty(
              fc.scheduler(),
              fc.commands(commandArbs(t), { maxCommands: 30 }),
              async (scheduler, cmds) => {
                run += 1;
                const tenants = [`mb${run}-t`, `mb${run}-t0`] as const;
                const reference = createMemoryStore();
                const stores = (of: (tenant: string) => TenantStore) =>
                  Object.fromEntries(tenants.map((tn) => [tn, of(tn)]));
                let counter = 0;
                const model: ModelWorld = {
                  stores: stores((tn) => reference.forTenant(tn as never)),
                  next: (prefix) => `${prefix}-${++counter}`,
                };
                const real: RealWorld = {
                  stores: stores((tn) => bed.tenant(tn)),
                  scheduler,
                  tenants,
                };
                await fc.asyncModelRun(() => ({ model, real }), cmds);
                await reference.close();
              },
            ),
            ctx.property(),
          ),
        );
      }),
      ctx.options.timeout,
    );
  });
}
