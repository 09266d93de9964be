import {
  type Actor,
  type CarePlanPolicy,
  err,
  type IdGenerator,
  type IsoInstant,
  parseCarePlanContext,
  type Result,
  type TimeZone,
} from '@livewell/core';
import { type Rejection, rejection } from './rejection.js';

/**
 * Everything a transition needs from the outside world, passed in so the machine stays pure:
 * the time, who is acting, the tenant's policy, the time zone and an id generator. Every entry
 * point checks it (cheaply) and refuses a bad one with `invalid-context`; parse one built from
 * outside data with {@link parseTransitionContext}.
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

/**
 * Parses a transition context from untrusted input (core's `CarePlanContextSchema`): `now` an
 * ISO instant, `actor` well formed, `policy` a care-plan policy (defaults filled in),
 * `timeZone` an IANA zone, `ids` a function. `invalid-context` with the path-addressed issues
 * otherwise; never throws.
 */
export function parseTransitionContext(input: unknown): Result<TransitionContext, Rejection> {
  const parsed = parseCarePlanContext(input);
  if (parsed.ok) return parsed;
  return err(rejection('invalid-context', parsed.error.message, { issues: parsed.error.issues }));
}

/** Frozen policies already checked, by identity (they cannot change afterwards). */
const checkedPolicies = new WeakSet<object>();
const emptyPolicy = {};

/**
 * The check every entry point runs on its context: `undefined` when it is well formed, else the
 * `invalid-context` rejection. A frozen policy (such as `defaultCarePlanPolicy`) is checked once.
 */
export function contextProblem(context: TransitionContext): Rejection | undefined {
  try {
    const policy: unknown =
      typeof context === 'object' && context !== null ? context.policy : undefined;
    const known = typeof policy === 'object' && policy !== null && checkedPolicies.has(policy);
    const parsed = parseTransitionContext(known ? { ...context, policy: emptyPolicy } : context);
    if (!parsed.ok) return parsed.error;
    if (!known && typeof policy === 'object' && policy !== null && Object.isFrozen(policy)) {
      checkedPolicies.add(policy);
    }
    return undefined;
  } catch {
    return rejection('invalid-context', 'The context could not be read.');
  }
}
