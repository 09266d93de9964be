import type {
  Actor,
  IdGenerator,
  IsoInstant,
  Rejection as KitRejection,
  LifecycleTypes,
  StaffMember,
  Task,
  TaskCommand,
  TaskEvent,
  TaskStatus,
} from '@livewell/core';

/** The stable codes of a task {@link Rejection}. */
export type RejectionCode =
  | 'invalid-command'
  | 'not-authorised'
  | 'invalid-transition'
  | 'terminal-state'
  | 'invalid-history'
  | 'same-owner';

/** Why a task command (or a replay) was refused. Match on `code`. */
export type Rejection = KitRejection<RejectionCode>;

/**
 * Who may issue a task command: `owner` (the owning practitioner, or a practitioner the staff
 * records put in the owning role or team), `system` (a system actor the policy names).
 */
export type TaskParty = 'owner' | 'system';

/**
 * What every task command needs: the instant, who acts, an id generator, the tenant's staff
 * records (roles and teams come from here, never from the actor) and the system names the
 * worklist policy trusts.
 */
export interface TaskContext {
  readonly now: IsoInstant;
  readonly actor: Actor;
  readonly ids: IdGenerator;
  readonly staff: readonly StaffMember[];
  readonly systems: readonly string[];
}

/** Whom authorisation asks about: the actor and the records. */
export type TaskAccess = Pick<TaskContext, 'actor' | 'staff' | 'systems'>;

/** Every task event but the one that opens it. */
export type TransitionEvent = Exclude<TaskEvent, { type: 'task.opened' }>;

/** An event as `decide` returns it: without its envelope (ids, time, actor). */
export type EventBody = TransitionEvent extends infer E
  ? E extends TransitionEvent
    ? Omit<E, 'schemaVersion' | 'id' | 'tenantId' | 'taskId' | 'at' | 'actor'>
    : never
  : never;

/** The types the task lifecycle is written in (see `defineLifecycle` in core). */
export interface TaskTypes extends LifecycleTypes {
  readonly state: TaskStatus;
  readonly aggregate: Task;
  /** Reducers change a working copy in place (replay stays linear in the events). */
  readonly working: Task;
  readonly command: TaskCommand;
  readonly event: TaskEvent;
  readonly body: EventBody;
  readonly context: TaskContext;
  readonly actor: TaskAccess;
  readonly who: readonly TaskParty[];
  readonly code: RejectionCode;
}
