import {
  type CarePlan,
  type CarePlanEvent,
  makeUpcaster,
  parseCarePlan,
  parseCarePlanEvent,
  type UpcastStep,
} from '@livewell/core';

/**
 * The snapshot and event schema version this release writes. Version 2 made the agenda-setting
 * sheet data: the preparation letter (results, sheet, format), reminders and the person's agenda
 * on the snapshot; `help-offered` says whether help was taken; agenda events.
 */
export const CURRENT_CARE_PLAN_SCHEMA_VERSION = 2;

const isRecord = (x: unknown): x is Readonly<Record<string, unknown>> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Plan snapshot v1 → v2: the preparation gains its list of reminders. A v1 snapshot never listed
 * them (they were in the history only), so the list starts empty; replaying the plan's events
 * fills it. Anything else is left for the parser to report.
 */
export const carePlanV1toV2: UpcastStep = (v1) => {
  const preparation = v1.preparation;
  if (!isRecord(preparation)) return { ...v1 };
  return { ...v1, preparation: { reminders: [], ...preparation } };
};

/**
 * Event v1 → v2: no field changes meaning. The new fields (`preparation-sent.letter`,
 * `help-offered.taken`) were not recorded in v1 and stay absent; the version moved so that an
 * older release refuses v2 events instead of silently dropping those fields.
 */
export const carePlanEventV1toV2: UpcastStep = (v1) => ({ ...v1 });

/**
 * Reads a stored plan snapshot of any released schema version, upcasting it to the current one,
 * then validates it. Never throws; errors are core's `UpcastError`.
 */
export const upcastCarePlan = makeUpcaster<CarePlan>({
  schema: 'CarePlan',
  current: CURRENT_CARE_PLAN_SCHEMA_VERSION,
  steps: { 1: carePlanV1toV2 },
  parse: parseCarePlan,
});

/** Reads a stored care-plan event of any released schema version. Never throws. */
export const upcastCarePlanEvent = makeUpcaster<CarePlanEvent>({
  schema: 'CarePlanEvent',
  current: CURRENT_CARE_PLAN_SCHEMA_VERSION,
  steps: { 1: carePlanEventV1toV2 },
  parse: parseCarePlanEvent,
});
