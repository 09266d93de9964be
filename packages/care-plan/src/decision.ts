import { err, type Decision as KitDecision, ok } from '@livewell/core';
import type { CarePlanEventBody } from './event-factory.js';
import type { CarePlanTypes } from './lifecycle-types.js';
import type { Rejection } from './rejection.js';

/** What a care-plan command's `decide` returns: the event bodies to record, or why not. */
export type Decision = KitDecision<CarePlanTypes>;

/** Accepts a command with the given event bodies; `accept.unless(problem, …)` refuses on a problem. */
export const accept = Object.assign((...bodies: CarePlanEventBody[]): Decision => ok(bodies), {
  /** Accepts unless a problem was found. */
  unless: (problem: Rejection | undefined, ...bodies: CarePlanEventBody[]): Decision =>
    problem === undefined ? ok(bodies) : err(problem),
});
