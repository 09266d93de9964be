import { StaffMemberSchema } from './staff.js';
import { TaskSchema } from './task.js';
import { TaskCommandSchema } from './task-command.js';
import { TaskEventSchema } from './task-event.js';

/** The worklist's top-level schemas, by name (for JSON Schema export and tests). */
export const worklistSchemas = {
  Task: TaskSchema,
  TaskEvent: TaskEventSchema,
  TaskCommand: TaskCommandSchema,
  StaffMember: StaffMemberSchema,
} as const;
