import type {
  Actor,
  Attendance,
  Enrolment,
  EnrolmentCommand,
  EnrolmentStatus,
  IsoInstant,
  Rejection as KitRejection,
  LifecycleTypes,
  Programme,
  ProgrammeContext,
  RecordId,
} from '@livewell/core';
import type { ProgrammeParty } from './context.js';

/** The stable codes of a programme {@link Rejection}. A full programme is not one: it waitlists. */
export type RejectionCode =
  | 'invalid-command'
  | 'not-authorised'
  | 'invalid-transition'
  | 'terminal-state'
  | 'already-enrolled'
  | 'waiting-list-full'
  | 'programme-ended'
  | 'programme-not-finished'
  | 'completion-rule-not-met'
  | 'completion-rule-met'
  | 'no-place-free'
  | 'wrong-programme'
  | 'unknown-enrolment'
  | 'unknown-session'
  | 'session-not-started'
  | 'attendance-already-recorded'
  | 'time-before-last-change'
  | 'records-mismatch'
  | 'invalid-context'
  | 'invalid-input';

/** Why a programme command was refused. Match on `code`. */
export type Rejection = KitRejection<RejectionCode>;

/** A change to an enrolment as `decide` returns it (enrolments are stored as records, not events). */
export type EventBody =
  | { readonly type: 'enrolment.withdrawn'; readonly reason?: string }
  | {
      readonly type: 'enrolment.attendance-recorded';
      readonly entry: Attendance;
      /** The programme's session ids in order (attendance is kept in session order). */
      readonly order: readonly RecordId[];
    }
  | { readonly type: 'enrolment.completed' }
  | { readonly type: 'enrolment.not-completed' }
  | { readonly type: 'enrolment.promoted'; readonly reason: string };

/** A change to an enrolment: the body, which enrolment, when and by whom. */
export type EnrolmentEvent = EventBody & {
  readonly enrolmentId: RecordId;
  readonly at: IsoInstant;
  readonly actor: Actor;
};

/**
 * What a command on one enrolment needs: the programme context, plus the programme and its
 * current enrolments (the records the rules read: sessions, places, the waiting list).
 */
export interface EnrolmentContext extends ProgrammeContext {
  readonly programme: Programme;
  readonly enrolments: readonly Enrolment[];
}

/** The types the enrolment lifecycle is written in (see `defineLifecycle` in core). */
export interface ProgrammeTypes extends LifecycleTypes {
  readonly state: EnrolmentStatus;
  readonly aggregate: Enrolment;
  readonly working: Enrolment;
  readonly command: EnrolmentCommand;
  readonly event: EnrolmentEvent;
  readonly body: EventBody;
  readonly context: EnrolmentContext;
  readonly actor: EnrolmentContext;
  readonly who: readonly ProgrammeParty[];
  readonly code: RejectionCode;
}
