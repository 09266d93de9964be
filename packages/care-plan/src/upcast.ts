import {
  type CarePlan,
  type CarePlanEvent,
  makeUpcaster,
  parseCarePlan,
  parseCarePlanEvent,
} from '@livewell/core';

/** The snapshot and event schema version this release writes. */
export const CURRENT_CARE_PLAN_SCHEMA_VERSION = 1;

/**
 * Reads a stored plan snapshot of any released schema version, upcasting it to the current one,
 * then validates it. Never throws; errors are core's `UpcastError`.
 */
export const upcastCarePlan = makeUpcaster<CarePlan>({
  schema: 'CarePlan',
  current: CURRENT_CARE_PLAN_SCHEMA_VERSION,
  parse: parseCarePlan,
});

/** Reads a stored care-plan event of any released schema version. Never throws. */
export const upcastCarePlanEvent = makeUpcaster<CarePlanEvent>({
  schema: 'CarePlanEvent',
  current: CURRENT_CARE_PLAN_SCHEMA_VERSION,
  parse: parseCarePlanEvent,
});
