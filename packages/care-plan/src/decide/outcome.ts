import { err, ok, type Result } from '@livewell/core';
import type { CarePlanEventBody } from '../event-factory.js';
import type { Rejection } from '../rejection.js';

/** What a decision returns: the event bodies to record, or why not. */
export type Decision = Result<readonly CarePlanEventBody[], Rejection>;

/** Accepts a command with the given event bodies. */
export const accept = (...bodies: CarePlanEventBody[]): Decision => ok(bodies);

/** Accepts unless a problem was found. */
export const acceptUnless = (
  problem: Rejection | undefined,
  ...bodies: CarePlanEventBody[]
): Decision => (problem === undefined ? ok(bodies) : err(problem));
