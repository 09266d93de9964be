import type {
  Actor,
  IdGenerator,
  Improvement,
  ImprovementCommand,
  ImprovementEvent,
  ImprovementStatus,
  IsoInstant,
  Rejection as KitRejection,
  LifecycleTypes,
  PractitionerMembership,
} from '@livewell/core';

/** The stable codes of an improvement {@link Rejection}. */
export type RejectionCode =
  | 'invalid-command'
  | 'not-authorised'
  | 'invalid-transition'
  | 'terminal-state'
  | 'invalid-history'
  | 'invalid-input'
  | 'already-co-designer'
  | 'time-before-last-change';

/** Why an improvement command (or a replay) was refused. Match on `code`. */
export type Rejection = KitRejection<RejectionCode>;

/**
 * Who may act on an improvement: `staff` (a practitioner with a current membership of the
 * practice, by the records) or `system` (a system the practice policy names).
 */
export type ImprovementParty = 'staff' | 'system';

/** What every improvement command needs: the instant, who acts, ids, and the records. */
export interface ImprovementContext {
  readonly now: IsoInstant;
  readonly actor: Actor;
  readonly ids: IdGenerator;
  /** Practitioners' memberships of organisations (at least the actor's). */
  readonly memberships: readonly PractitionerMembership[];
  /** The system names the practice trusts. */
  readonly systems: readonly string[];
}

/** Every improvement event but the one that proposes it. */
export type TransitionEvent = Exclude<ImprovementEvent, { type: 'improvement.proposed' }>;

/** An event as `decide` returns it: without its envelope. */
export type EventBody = TransitionEvent extends infer E
  ? E extends TransitionEvent
    ? Omit<E, 'schemaVersion' | 'id' | 'tenantId' | 'improvementId' | 'at' | 'actor'>
    : never
  : never;

/** The types the improvement lifecycle is written in (see `defineLifecycle` in core). */
export interface ImprovementTypes extends LifecycleTypes {
  readonly state: ImprovementStatus;
  readonly aggregate: Improvement;
  readonly working: Improvement;
  readonly command: ImprovementCommand;
  readonly event: ImprovementEvent;
  readonly body: EventBody;
  readonly context: ImprovementContext;
  readonly actor: ImprovementContext;
  readonly who: readonly ImprovementParty[];
  readonly code: RejectionCode;
}
