import {
  defineLifecycle,
  err,
  parseTaskCommand,
  type RecordId,
  type Task,
  type TaskEvent,
  taskStatuses,
} from '@livewell/core';
import { partiesOf } from './access.js';
import { assigning } from './commands/assigning.js';
import { closing } from './commands/closing.js';
import { working } from './commands/working.js';
import { rejection } from './rules.js';
import type { TaskTypes } from './types.js';

/** Every task command, gathered from the command-group files (a missing one will not compile). */
const commands = { ...working, ...closing, ...assigning };

/** The event that opens a task. */
export type TaskOpenedEvent = Extract<TaskEvent, { type: 'task.opened' }>;

/** The task a `task.opened` event describes: open, with one history entry. */
export function fromOpened(event: TaskOpenedEvent): Task {
  return {
    schemaVersion: 1,
    id: event.taskId,
    tenantId: event.tenantId,
    personId: event.personId,
    reason: event.reason,
    title: event.title,
    owner: event.owner,
    priority: event.priority,
    dueAt: event.dueAt,
    status: 'open',
    history: [{ status: 'open', at: event.at, actor: event.actor }],
    createdAt: event.at,
    updatedAt: event.at,
  };
}

/**
 * The task lifecycle, derived by core's kit from the command specs in `commands/`: the machine
 * (`transition`), `allowedCommands`, `applyEvents`/`replay`, and the docs' diagram and table.
 * Who may act comes from the staff records and the policy's system names in the context.
 */
export const lifecycle = defineLifecycle<TaskTypes>()({
  name: 'task',
  states: taskStatuses,
  terminal: ['done', 'cancelled'],
  stateOf: (task) => task.status,
  commands,
  otherEvents: {
    // The start event is read by `history.create`; as a fact on a task it changes nothing.
    'task.opened': () => undefined,
  },
  parse: (command) => {
    const parsed = parseTaskCommand(command);
    return parsed.ok
      ? parsed
      : err(rejection('invalid-command', parsed.error.message, { issues: parsed.error.issues }));
  },
  actorOf: (context) => context,
  permits: (task, access, who) => {
    const parties = partiesOf(task, access);
    return who.some((party) => parties.has(party));
  },
  refuse: (_task, _access, type) =>
    rejection('not-authorised', `Only the ${commands[type].who.join(' or ')} may ${type}.`, {
      command: type,
      allowed: commands[type].who,
    }),
  history: {
    isStart: (event) => event.type === 'task.opened',
    create: (event) => (event.type === 'task.opened' ? fromOpened(event) : undefined),
    sameStream: (first, event) =>
      event.taskId === first.taskId && event.tenantId === first.tenantId,
  },
  everyEvent: (task, event) => {
    task.updatedAt = event.at;
  },
  stamp: (task, context, body) => ({
    schemaVersion: 1,
    id: context.ids('event') as RecordId,
    tenantId: task.tenantId,
    taskId: task.id,
    at: context.now,
    actor: context.actor,
    ...body,
  }),
  produce: (task, run) => run({ ...task, history: [...task.history] }),
});
