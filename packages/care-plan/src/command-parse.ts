import {
  type CarePlanCommand,
  CarePlanCommandSchema,
  err,
  isParsedCarePlanCommand,
  makeParser,
  ok,
  type Result,
} from '@livewell/core';
import { type Rejection, rejection } from './rejection.js';

/** Commands whose `reason` must be given: a missing or blank one is `reason-required`. */
const reasonRequired: ReadonlySet<string> = new Set(['pause', 'withdraw', 'mark-entered-in-error']);

/** Core's schema as a parser, without remembering its results (that is for outside callers). */
const parseCommand = makeParser('CarePlanCommand', CarePlanCommandSchema);

const typeOf = (input: unknown): unknown =>
  typeof input === 'object' && input !== null && 'type' in input ? input.type : undefined;

/**
 * Parses a command for the machine with core's schema (the one source of every limit); a command
 * `parseCarePlanCommand` already returned (frozen) is not parsed again:
 * `invalid-command` with the path-addressed issues, or `reason-required` for a missing or blank
 * reason where one must be given. Never throws.
 */
export function parseCommandForPlan(input: unknown): Result<CarePlanCommand, Rejection> {
  if (isParsedCarePlanCommand(input)) return ok(input);
  const parsed = parseCommand(input);
  if (parsed.ok) return parsed;
  const { issues, message } = parsed.error;
  const type = typeOf(input);
  if (typeof type === 'string' && reasonRequired.has(type)) {
    if (issues.some((issue) => issue.path[0] === 'reason')) {
      return err(rejection('reason-required', 'Give a reason.', { command: type }));
    }
  }
  return err(rejection('invalid-command', message, { issues }));
}
