import type { Actor, CarePlanPolicy, IdGenerator, IsoInstant, TimeZone } from '@livewell/core';

/**
 * Everything a transition needs from the outside world, passed in so the machine stays pure:
 * the time, who is acting, the tenant's policy, the time zone and an id generator.
 *
 * @example
 * const context = { now: '2026-11-02T09:00:00Z', actor, policy: defaultCarePlanPolicy,
 *   timeZone: 'Europe/London', ids: sequentialIds('demo') };
 */
export interface TransitionContext {
  readonly now: IsoInstant;
  readonly actor: Actor;
  readonly policy: CarePlanPolicy;
  readonly timeZone: TimeZone;
  readonly ids: IdGenerator;
}
