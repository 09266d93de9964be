import {
  type Actor,
  CarePlanContextSchema,
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
/** The context schema's fields, read on first check (reading them builds the schema). */
let fields: (typeof CarePlanContextSchema)['shape'] | undefined;

/** The first field of a context that does not parse, checked one by one (cheaper than the whole). */
function firstBadField(context: TransitionContext): string | undefined {
  if (typeof context !== 'object' || context === null) return 'context';
  fields ??= CarePlanContextSchema.shape;
  if (!fields.now.safeParse(context.now).success) return 'now';
  if (!fields.timeZone.safeParse(context.timeZone).success) return 'timeZone';
  if (!fields.actor.safeParse(context.actor).success) return 'actor';
  if (typeof context.ids !== 'function') return 'ids';
  const { policy } = context;
  if (typeof policy === 'object' && policy !== null && checkedPolicies.has(policy))
    return undefined;
  if (!fields.policy.safeParse(policy).success) return 'policy';
  if (Object.isFrozen(policy)) checkedPolicies.add(policy);
  return undefined;
}

/**
 * The check every entry point runs on its context: `undefined` when it is well formed, else the
 * `invalid-context` rejection (with the path-addressed issues of {@link parseTransitionContext}).
 * Field by field with core's schemas; a frozen policy (such as `defaultCarePlanPolicy`) is
 * checked once. Never throws.
 */
export function contextProblem(context: TransitionContext): Rejection | undefined {
  try {
    if (firstBadField(context) === undefined) return undefined;
    const parsed = parseTransitionContext(context);
    return parsed.ok ? undefined : parsed.error;
  } catch {
    return rejection('invalid-context', 'The context could not be read.');
  }
}
