import {
  type Assessment,
  err,
  type IsoInstant,
  ok,
  type ParseError,
  parseAssessment,
  type RecordId,
  type Result,
  type Task,
  type TaskEvent,
  type TenantId,
} from '@livewell/core';
import type { WorklistPolicy } from './policy.js';
import { tasksFromAssessment } from './raise/from-assessment.js';

/**
 * The part of a store's transaction `recordAssessment` writes to. `@livewell/storage`'s
 * `Repositories` (inside `TenantStore.transaction`) has this shape; the worklist names it
 * structurally so it imports only core (ADR 0009).
 */
export interface AssessmentAndTaskWriters {
  readonly assessments: {
    find(id: RecordId): Promise<Assessment | undefined>;
    append(assessment: Assessment): Promise<Assessment>;
  };
  readonly tasks: {
    find(id: RecordId): Promise<unknown>;
    create(task: Task, events: readonly TaskEvent[]): Promise<unknown>;
  };
}

/** A store that runs writes atomically (a `TenantStore` from `@livewell/storage` is one). */
export interface AtomicStore {
  /** The store's tenant: an assessment of another tenant is refused before anything is written. */
  readonly tenantId?: TenantId;
  transaction<T>(fn: (tx: AssessmentAndTaskWriters) => Promise<T>): Promise<T>;
}

/** Options for {@link recordAssessment}. */
export interface RecordAssessmentOptions {
  readonly policy: WorklistPolicy;
  /** When the tasks are raised (default: the assessment's `completedAt`). */
  readonly now?: IsoInstant;
}

/** What {@link recordAssessment} stored: the assessment and every task its flags raise. */
export interface RecordedAssessment {
  readonly assessment: Assessment;
  /** Every task the assessment's flags raise (opened now or by an earlier attempt). */
  readonly tasks: readonly Task[];
  /** How many of `tasks` this call opened (0 on a repeated call). */
  readonly opened: number;
}

/**
 * The library's one path for storing an assessment: parses it, then in ONE transaction appends
 * it and opens a task for every urgent and review flag ({@link tasksFromAssessment}), so a flag
 * is never stored without its task. Idempotent: task ids derive from the assessment id and flag
 * code, and what already exists is kept, so a retry after a failure cannot duplicate or lose
 * anything. Invalid input is a `ParseError` value and writes nothing; storage failures throw the
 * store's typed errors and roll everything back.
 *
 * @example
 * const r = await recordAssessment(store.forTenant(tenantId), assessment, { policy });
 * if (r.ok) r.value.tasks; // the open urgent task for a positive PHQ-9 item 9
 */
export async function recordAssessment(
  store: AtomicStore,
  assessment: unknown,
  options: RecordAssessmentOptions,
): Promise<Result<RecordedAssessment, ParseError>> {
  const parsed = parseAssessment(assessment);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (store.tenantId !== undefined && value.tenantId !== store.tenantId) {
    const message = `The assessment belongs to tenant ${value.tenantId}, not ${store.tenantId}.`;
    return err({
      code: 'invalid-input',
      message: `Invalid Assessment at tenantId: ${message}`,
      schema: 'Assessment',
      issues: [{ path: ['tenantId'], code: 'wrong-tenant', message }],
    });
  }
  const raised = tasksFromAssessment(
    value,
    options.policy,
    options.now === undefined ? {} : { now: options.now },
  );
  const opened = await store.transaction(async (tx) => {
    if ((await tx.assessments.find(value.id)) === undefined) await tx.assessments.append(value);
    let count = 0;
    for (const { task, events } of raised) {
      if ((await tx.tasks.find(task.id)) !== undefined) continue;
      await tx.tasks.create(task, events);
      count += 1;
    }
    return count;
  });
  return ok({ assessment: value, tasks: raised.map((r) => r.task), opened });
}
