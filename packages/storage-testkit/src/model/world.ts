import type { TenantStore } from '@livewell/storage';
import type fc from 'fast-check';

/** The in-memory reference model: one tenant handle per test tenant, plus run-local counters. */
export interface ModelWorld {
  readonly stores: Readonly<Record<string, TenantStore>>;
  /** Gives fresh ids (events, erasure audits) that both sides then use. */
  next(prefix: string): string;
}

/** The adapter under test, with the scheduler that reorders its concurrent calls. */
export interface RealWorld {
  readonly stores: Readonly<Record<string, TenantStore>>;
  readonly scheduler: fc.Scheduler;
  /** Maps the command's logical tenant (0 or 1) to its store key. */
  readonly tenants: readonly [string, string];
}

/** What a call came to: its JSON-normalised value, or the error code it threw. */
export type Outcome = { readonly value: unknown } | { readonly error: unknown };

/** Runs a call and captures its outcome for comparison. */
export async function outcome(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const value = await call();
    return { value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === undefined) throw error;
    return { error: code };
  }
}
