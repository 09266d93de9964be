export { worklistSchemas } from './catalogue-entries.js';
export {
  parseStaffMember,
  parseTask,
  parseTaskCommand,
  parseTaskEvent,
} from './parsers.js';
export type { StaffMember } from './staff.js';
export { StaffMemberSchema } from './staff.js';
export type { Task, TaskStatusChange } from './task.js';
export { TaskSchema, TaskStatusChangeSchema } from './task.js';
export type { TaskCommand, TaskCommandType } from './task-command.js';
export { TaskCommandSchema } from './task-command.js';
export type { TaskEvent, TaskEventType } from './task-event.js';
export {
  TaskAcknowledgedSchema,
  TaskCancelledSchema,
  TaskCompletedSchema,
  TaskEventSchema,
  TaskOpenedSchema,
  TaskReassignedSchema,
  TaskStartedSchema,
} from './task-event.js';
export type {
  TaskOwner,
  TaskPriority,
  TaskReason,
  TaskReasonKind,
  TaskStatus,
} from './task-parts.js';
export {
  TaskNoteSchema,
  TaskOwnerSchema,
  TaskPrioritySchema,
  TaskReasonSchema,
  TaskStatusSchema,
  TeamIdSchema,
  taskStatuses,
} from './task-parts.js';
// The worklist area of the domain vocabulary: tasks, their events and commands, staff records.
