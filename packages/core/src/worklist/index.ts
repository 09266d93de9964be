// The worklist area of the domain vocabulary: tasks, their events and commands, staff records.
export * from './catalogue-entries.js';
export * from './parsers.js';
export * from './staff.js';
export * from './task.js';
export * from './task-command.js';
export * from './task-event.js';
export * from './task-parts.js';
