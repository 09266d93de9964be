import {
  addWorkingDays,
  DEFAULT_TIME_ZONE,
  type IsoDate,
  type IsoInstant,
  localDateOf,
  type Referral,
  type TimeZone,
  zonedInstant,
} from '@livewell/core';
import { type OpenedTask, openTask } from '../open.js';
import type { WorklistPolicy } from '../policy.js';
import { taskIdFor } from '../task-id.js';
import { raiser } from './due.js';

/** Options for {@link referralNotContactedTask}. */
export interface NotContactedOptions {
  readonly now: IsoInstant;
  /** Working days the service has to contact the person (1–60). */
  readonly workingDays: number;
  /** Non-working days besides weekends (bank holidays). */
  readonly holidays?: readonly IsoDate[];
  readonly timeZone?: TimeZone;
}

/**
 * A high-priority follow-up task for a referral still `made` (sent, the person not contacted)
 * once `workingDays` full working days have passed since the local day it was made (weekends
 * and `holidays` skipped, by core's working-day arithmetic); `undefined` otherwise. Due at 17:00
 * local on the next working day. Id `task.referral-not-contacted.<referral id>.<day made>`.
 *
 * @example
 * // made Friday 2027-01-08, 3 working days → a task from Thursday 2027-01-14
 * referralNotContactedTask(referral, policy, { now, workingDays: 3 });
 */
export function referralNotContactedTask(
  referral: Referral,
  policy: WorklistPolicy,
  options: NotContactedOptions,
): OpenedTask | undefined {
  if (referral.status !== 'made') return undefined;
  const made = referral.history.findLast((entry) => entry.status === 'made');
  if (made === undefined) return undefined;
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const holidays = options.holidays ?? [];
  const days = Math.min(60, Math.max(1, Math.trunc(options.workingDays)));
  const madeOn = localDateOf(made.at, zone);
  const deadline = addWorkingDays(madeOn, days, holidays);
  if (localDateOf(options.now, zone) <= deadline) return undefined;
  return openTask(
    {
      id: taskIdFor('referral-not-contacted', referral.id, madeOn),
      tenantId: referral.tenantId,
      personId: referral.personId,
      reason: { kind: 'referral-not-contacted', referralId: referral.id, workingDays: days },
      title: `Referral made on ${madeOn}: person not contacted within ${days} working days`,
      owner: policy.followUpOwner,
      priority: 'high',
      dueAt: zonedInstant(
        addWorkingDays(localDateOf(options.now, zone), 1, holidays),
        '17:00',
        zone,
      ),
    },
    options.now,
    raiser(policy),
  );
}
