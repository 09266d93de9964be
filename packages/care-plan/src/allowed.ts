import type { Actor, CarePlan } from '@livewell/core';
import type { CarePlanCommandType } from './commands.js';
import { isPermitted } from './permissions.js';
import { carePlanCommandTypes, transitionTable } from './table.js';

/**
 * The commands `actor` may issue on `plan` now, by state and authorisation (business rules that
 * depend on a command's content, such as agreement rules, are checked when it is issued). For
 * enabling buttons in a UI.
 */
export function allowedCommands(plan: CarePlan, actor: Actor): CarePlanCommandType[] {
  return carePlanCommandTypes.filter((type) => {
    const row = transitionTable[type];
    return row.from.includes(plan.state) && isPermitted(plan, actor, row.who);
  });
}
