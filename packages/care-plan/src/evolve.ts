import type { CarePlan, CarePlanEvent } from '@livewell/core';
import type { Draft } from 'immer';
import { carePlanMachine } from './machine.js';

/**
 * Applies one event to a mutable plan (an immer draft, or a deep copy of a plan): the reducers
 * live beside their commands in
 * `./commands/`, gathered by the lifecycle. `transition` and `replay` fold events through the
 * same reducers, so a replayed history equals the live plan.
 */
export function applyEvent(draft: Draft<CarePlan>, event: CarePlanEvent): void {
  carePlanMachine.evolve(draft, event);
}
