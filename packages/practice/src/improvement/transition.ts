import {
  type DomainError,
  err,
  type Improvement,
  type ImprovementCommand,
  type ImprovementEvent,
  ok,
  type Result,
} from '@livewell/core';
import { lifecycle } from './lifecycle.js';
import type { ImprovementContext, Rejection } from './types.js';

/** An accepted improvement command: the next improvement and the events that explain it. */
export interface ImprovementChange {
  readonly improvement: Improvement;
  readonly events: readonly ImprovementEvent[];
}

const unreadable = (cause: unknown): Rejection => ({
  code: 'invalid-input',
  message: `The improvement or context could not be read: ${cause instanceof Error ? cause.message : 'unknown'}.`,
});

/**
 * Applies a command (`start-trial`, `adopt`, `drop`, `record-measure`, `add-co-designer`) to an
 * improvement: the next improvement and its events, or a typed rejection (nothing changes).
 * Fits `store.improvements.update(id, (i) => transition(i, command, context))`. Never throws.
 *
 * @example
 * const r = transition(leaflet, { type: 'adopt' }, { now, actor, ids, memberships, systems: [] });
 */
export function transition(
  improvement: Improvement,
  command: ImprovementCommand,
  context: ImprovementContext,
): Result<ImprovementChange, Rejection> {
  try {
    const result = lifecycle.transition(improvement, command, context);
    return result.ok
      ? ok({ improvement: result.value.aggregate, events: result.value.events })
      : result;
  } catch (cause) {
    return err(unreadable(cause));
  }
}

/** The commands the context's actor may issue on `improvement` now. Never throws. */
export function allowedCommands(
  improvement: Improvement,
  context: ImprovementContext,
): ImprovementCommand['type'][] {
  try {
    return lifecycle.allowedCommands(improvement, context);
  } catch {
    return [];
  }
}

/**
 * Rebuilds an improvement from its events (oldest first): `improvement.proposed` first, then
 * only events of the same improvement; `invalid-history` otherwise. Never throws.
 */
export function replay(
  events: readonly ImprovementEvent[],
): Result<Improvement, DomainError<'invalid-history'>> {
  try {
    return lifecycle.replay(events);
  } catch {
    return err({ code: 'invalid-history', message: 'The history could not be read.' });
  }
}
