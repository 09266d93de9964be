import {
  type Actor,
  type CarePlan,
  type CarePlanPolicy,
  defaultCarePlanPolicy,
  parseActor,
} from '@livewell/core';
import type { CarePlanCommandType } from './commands.js';
import { carePlanMachine } from './machine.js';

/**
 * The commands `actor` may issue on `plan` now, by state and authorisation (business rules that
 * depend on a command's content, such as agreement rules, are checked when it is issued). For
 * enabling buttons in a UI. Pass the tenant's `policy` so trusted system actors are recognised.
 */
export function allowedCommands(
  plan: CarePlan,
  actor: Actor,
  policy: CarePlanPolicy = defaultCarePlanPolicy,
): CarePlanCommandType[] {
  // The caller's actor: one that is not an actor (or cannot be read) may issue nothing.
  const read = parseActor(actor);
  return read.ok ? carePlanMachine.allowedCommands(plan, { actor: read.value, policy }) : [];
}
