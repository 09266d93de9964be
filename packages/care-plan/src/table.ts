import type { CarePlanCommandType, CarePlanState, CommandSpec } from '@livewell/core';
import type { CarePlanTypes } from './lifecycle-types.js';
import { carePlanCommands, carePlanMachine } from './machine.js';
import type { Permission } from './permissions.js';
import { personAndClinicians, practiceOrSystem } from './who.js';

/** One row of the transition table: from which states a command is accepted, and where it leads. */
export interface TransitionRow {
  readonly from: readonly CarePlanState[];
  /** The state after the command; `'same'` for commands that record something in place. */
  readonly to: CarePlanState | 'same';
  readonly who: Permission;
  /** A few words for diagrams and UIs. */
  readonly summary: string;
}

/**
 * The lifecycle as data: for every command, the states it is accepted in (`from`), where it
 * leads (`to`, never dynamic for care plans), who may issue it (`who`), a `summary`, and its
 * `decide`/`evolve`. The single source of {@link transition}, {@link allowedCommands}, replay and
 * {@link toMermaid}.
 */
export const transitionTable: {
  readonly [C in CarePlanCommandType]: TransitionRow & CommandSpec<CarePlanTypes, C>;
} = carePlanCommands;

/** Every command type, in table order. */
export const carePlanCommandTypes: readonly CarePlanCommandType[] = carePlanMachine.commandTypes;

/** How plans begin (not commands on an existing plan): shown as the diagram's start arrows. */
export const planStarts = [
  { to: 'invited', summary: 'startCarePlan' },
  { to: 'in-conversation', summary: 'startNextVersion (replaces)' },
] as const satisfies readonly { to: CarePlanState; summary: string }[];

/** Who may start a plan: practice staff (from the register) and trusted system recall jobs. */
export const startPermission: Permission = practiceOrSystem;

/** Who may start the next version after a revising review: as for `revise-plan`. */
export const nextVersionPermission: Permission = personAndClinicians;
