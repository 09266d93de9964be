import type {
  Rejection as KitRejection,
  LifecycleTypes,
  Referral,
  ReferralCommand,
  ReferralContext,
  ReferralEvent,
  ReferralStatus,
} from '@livewell/core';
import type { ReferralParty } from './context.js';

/** The stable codes of a referral {@link Rejection}. */
export type RejectionCode =
  | 'invalid-command'
  | 'not-authorised'
  | 'invalid-transition'
  | 'terminal-state'
  | 'reason-required'
  | 'reason-too-long'
  | 'time-before-last-change'
  | 'invalid-referrer'
  | 'invalid-history'
  | 'invalid-context'
  | 'records-mismatch'
  | 'invalid-input';

/** Why a referral command (or a replay) was refused. Match on `code`. */
export type Rejection = KitRejection<RejectionCode>;

/** Every referral event but the one that creates it. */
export type TransitionEvent = Exclude<ReferralEvent, { type: 'referral.created' }>;

type Envelope = 'schemaVersion' | 'id' | 'tenantId' | 'referralId' | 'at' | 'actor';

/** An event as `decide` returns it: without its envelope (ids, time, actor). */
export type EventBody = TransitionEvent extends infer E
  ? E extends TransitionEvent
    ? Omit<E, Envelope>
    : never
  : never;

/** Whom authorisation asks about: the actor, the instant and the records (a context fits). */
export type Access = Pick<ReferralContext, 'now' | 'actor' | 'records'>;

/** The types the referral lifecycle is written in (see `defineLifecycle` in core). */
export interface ReferralTypes extends LifecycleTypes {
  readonly state: ReferralStatus;
  readonly aggregate: Referral;
  /** Reducers change a working copy in place (replay stays linear in the events). */
  readonly working: Referral;
  readonly command: ReferralCommand;
  readonly event: ReferralEvent;
  readonly body: EventBody;
  readonly context: ReferralContext;
  readonly actor: Access;
  readonly who: readonly ReferralParty[];
  readonly code: RejectionCode;
}
