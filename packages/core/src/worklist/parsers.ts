import { makeParser } from '../parse.js';
import { StaffMemberSchema } from './staff.js';
import { TaskSchema } from './task.js';
import { TaskCommandSchema } from './task-command.js';
import { TaskEventSchema } from './task-event.js';

/** Parses untrusted input as a {@link Task}. */
export const parseTask = makeParser('Task', TaskSchema);
/** Parses untrusted input as a {@link TaskEvent}. */
export const parseTaskEvent = makeParser('TaskEvent', TaskEventSchema);
/** Parses untrusted input as a {@link TaskCommand}. */
export const parseTaskCommand = makeParser('TaskCommand', TaskCommandSchema);
/** Parses untrusted input as a {@link StaffMember}. */
export const parseStaffMember = makeParser('StaffMember', StaffMemberSchema);
