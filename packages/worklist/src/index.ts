/**
 * @livewell/worklist — the worklist: tasks raised from assessment flags, reviews, referrals and
 * action plans; their lifecycle (open → acknowledged → in progress → done / cancelled) on core's
 * lifecycle kit; overdue and escalation from the clock passed in; and `recordAssessment`, the
 * path that stores an assessment and its tasks together. Pure except `recordAssessment`, which
 * writes through the store it is given. Imports only `@livewell/core`.
 *
 * @packageDocumentation
 */
export { isInOwner, ownerKey } from './access.js';
export { taskDiagram, taskTable } from './docs.js';
export { fromOpened, lifecycle, type TaskOpenedEvent } from './lifecycle.js';
export { type NewTask, type OpenedTask, openTask } from './open.js';
export {
  type EscalationLevel,
  escalatedTasks,
  escalationOf,
  isOverdue,
  isUnfinished,
  overdueTasks,
} from './overdue.js';
export { defaultWorklistPolicy, type WorklistPolicy } from './policy.js';
export { actionPlanRevisionTasks } from './raise/action-plan-revision.js';
export { type FromAssessmentOptions, tasksFromAssessment } from './raise/from-assessment.js';
export {
  type NotContactedOptions,
  referralNotContactedTask,
} from './raise/referral-not-contacted.js';
export { type ReviewDueOptions, reviewDueTask } from './raise/review-due.js';
export {
  type AssessmentAndTaskWriters,
  type AtomicStore,
  type RecordAssessmentOptions,
  type RecordedAssessment,
  recordAssessment,
} from './record-assessment.js';
export { taskIdFor } from './task-id.js';
export { allowedCommands, replay, type TaskChange, transition } from './transition.js';
export type {
  EventBody,
  Rejection,
  RejectionCode,
  TaskAccess,
  TaskContext,
  TaskParty,
  TaskTypes,
  TransitionEvent,
} from './types.js';
