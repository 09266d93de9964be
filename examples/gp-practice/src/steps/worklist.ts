/**
 * The worklist in the demo: assessments are stored through `recordAssessment`, so the PHQ-9
 * item-9 flag opens an urgent task in the same transaction; the duty GP acknowledges and
 * completes it; a sweep raises follow-ups for referrals not contacted in time; the report lists
 * what is overdue.
 */
import type {
  Assessment,
  IsoInstant,
  RecordId,
  StaffMember as StaffRecord,
  TaskCommand,
} from '@livewell/core';
import { instantToMs, msToInstant } from '@livewell/core';
import {
  defaultWorklistPolicy,
  type OpenedTask,
  recordAssessment,
  referralNotContactedTask,
  reviewDueTask,
  transition,
  type WorklistPolicy,
} from '@livewell/worklist';
import { count, type Sim } from '../sim.js';
import { staff } from '../world.js';

/** The practice's worklist policy: safety tasks to the GP role, follow-ups to the link worker. */
export const worklistPolicy: WorklistPolicy = {
  ...defaultWorklistPolicy,
  raisedBy: 'livewell-demo-safety-router',
  systems: ['livewell-demo-safety-router'],
};

/** The staff records the worklist reads (roles from the records, not from what actors claim). */
export const staffRecords: readonly StaffRecord[] = Object.values(staff).map((m) => ({
  practitionerId: m.actor.practitionerId,
  roles: [m.actor.role],
  teamIds: [],
}));

const plusMinutes = (at: IsoInstant, minutes: number) =>
  msToInstant(instantToMs(at) + minutes * 60_000);

/** Stores an assessment with its tasks in one transaction (the library's path); throws on bad input. */
export async function storeWithTasks(sim: Sim, assessment: Assessment) {
  const recorded = await recordAssessment(sim.practice, assessment, { policy: worklistPolicy });
  if (!recorded.ok) throw new Error(`demo: assessment rejected: ${recorded.error.message}`);
  count(sim, 'worklist tasks opened', recorded.value.opened);
  return recorded.value;
}

/** The GP applies `command` to a task through storage (a rejection would be a bug in the demo). */
async function gpActs(sim: Sim, taskId: RecordId, command: TaskCommand, at: IsoInstant) {
  const context = {
    now: at,
    actor: staff.gp.actor,
    ids: sim.ids,
    staff: staffRecords,
    systems: worklistPolicy.systems,
  };
  const r = await sim.practice.tasks.update(taskId, (task) => transition(task, command, context));
  if (!r.ok) throw new Error(`demo: task ${command.type} refused: ${r.error.code}`);
}

/** The duty GP acknowledges each urgent task within 30 minutes and closes it after the call. */
export async function handleUrgentTasks(
  sim: Sim,
  tasks: readonly { id: RecordId; priority: string }[],
  at: IsoInstant,
) {
  for (const task of tasks.filter((t) => t.priority === 'urgent')) {
    await gpActs(sim, task.id, { type: 'acknowledge' }, plusMinutes(at, 30));
    await gpActs(
      sim,
      task.id,
      {
        type: 'complete',
        outcome: 'Phoned the person the same day; safety plan agreed; follow-up booked.',
      },
      plusMinutes(at, 120),
    );
    count(sim, 'urgent tasks closed by the GP');
  }
}

/** Opens a task unless one with its id exists (ids are deterministic, so sweeps can repeat). */
async function openOnce(sim: Sim, opened: OpenedTask): Promise<void> {
  if ((await sim.practice.tasks.find(opened.task.id)) !== undefined) return;
  await sim.practice.tasks.create(opened.task, opened.events);
  count(sim, 'worklist tasks opened');
}

/** Sweeps referrals still waiting for first contact after 5 working days into follow-up tasks. */
export async function sweepReferrals(sim: Sim, now: IsoInstant): Promise<void> {
  let cursor: Parameters<typeof sim.practice.referrals.list>[0];
  do {
    const page = await sim.practice.referrals.list(cursor);
    for (const { record } of page.items) {
      const opened = referralNotContactedTask(record, worklistPolicy, {
        now,
        workingDays: 5,
        holidays: sim.bankHolidays,
        timeZone: sim.timeZone,
      });
      if (opened) await openOnce(sim, opened);
    }
    cursor = page.next ? { cursor: page.next } : undefined;
  } while (cursor);
}

/** Sweeps active plans whose review is within 14 days (or past) into review tasks. */
export async function sweepReviews(sim: Sim, now: IsoInstant): Promise<void> {
  let cursor: Parameters<typeof sim.practice.carePlans.list>[0];
  do {
    const page = await sim.practice.carePlans.list(cursor);
    for (const { record } of page.items) {
      const opened = reviewDueTask(record, worklistPolicy, { now, timeZone: sim.timeZone });
      if (opened) await openOnce(sim, opened);
    }
    cursor = page.next ? { cursor: page.next } : undefined;
  } while (cursor);
}
