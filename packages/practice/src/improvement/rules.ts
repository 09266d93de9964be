import { err, type Improvement, instantToMs, ok } from '@livewell/core';
import type { EventBody, ImprovementContext, ImprovementParty, Rejection } from './types.js';

/** Staff of the practice, or a system it trusts. */
export const STAFF_OR_SYSTEM: readonly ImprovementParty[] = ['staff', 'system'];

/** Builds an improvement {@link Rejection}. */
export const rejection = (
  code: Rejection['code'],
  message: string,
  details?: Readonly<Record<string, unknown>>,
): Rejection => (details === undefined ? { code, message } : { code, message, details });

/** Records `body` unless `now` is before the improvement last changed. Every `decide` ends here. */
export function record(improvement: Improvement, context: ImprovementContext, body: EventBody) {
  if (instantToMs(context.now) < instantToMs(improvement.updatedAt)) {
    return err(
      rejection(
        'time-before-last-change',
        'The change is dated before the improvement last changed.',
        {
          now: context.now,
          updatedAt: improvement.updatedAt,
        },
      ),
    );
  }
  return ok([body]);
}
