import { defineLifecycle } from '@livewell/core';
import { foldCopy } from './fold-copy.js';
import type { CarePlanTypes } from './lifecycle-types.js';
import { carePlanDefinition } from './machine.js';

/**
 * The care-plan lifecycle, derived by the core lifecycle kit from the command specs (exported as
 * `transitionTable`): `transition`, `allowedCommands`, `applyEvents`, `replay` and the docs all
 * come from here. A whole history folds into one mutable working copy, frozen once at the end.
 */
export const carePlanLifecycle = defineLifecycle<CarePlanTypes>()({
  ...carePlanDefinition,
  fold: foldCopy,
});
