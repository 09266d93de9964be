import type {
  Actor,
  CarePlan,
  CarePlanCommand,
  CarePlanEvent,
  CarePlanPolicy,
  CarePlanState,
  LifecycleTypes,
} from '@livewell/core';
import type { Draft } from 'immer';
import type { TransitionContext } from './context.js';
import type { CarePlanEventBody } from './event-factory.js';
import type { Permission } from './permissions.js';
import type { RejectionCode } from './rejection.js';

/** Who is asking what they may do: the actor, and the policy that names trusted systems. */
export interface Caller {
  readonly actor: Actor;
  readonly policy: CarePlanPolicy;
}

/**
 * The types the care-plan lifecycle is written in. Reducers change a mutable working plan (typed
 * as immer's `Draft`): a copy-on-write copy in a transition (`working-copy.ts`), one deep copy in
 * replay, or an immer draft given to `applyEvent`.
 */
export interface CarePlanTypes extends LifecycleTypes {
  readonly state: CarePlanState;
  readonly aggregate: CarePlan;
  readonly working: Draft<CarePlan>;
  readonly command: CarePlanCommand;
  readonly event: CarePlanEvent;
  readonly body: CarePlanEventBody;
  readonly context: TransitionContext;
  readonly actor: Caller;
  readonly who: Permission;
  readonly code: RejectionCode;
}
