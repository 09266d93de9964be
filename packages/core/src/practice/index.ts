// The practice area of the domain vocabulary: practitioners' development places and events.
import { makeParser } from '../parse.js';
import { ImprovementSchema } from './improvement.js';
import { ImprovementCommandSchema, ImprovementEventSchema } from './improvement-event.js';
import { PractitionerPlaceSchema } from './practitioner-place.js';
import { PractitionerPlaceEventSchema } from './practitioner-place-event.js';

export type { DevelopmentSkill } from './development-skill.js';
export { DevelopmentSkillSchema, knownDevelopmentSkills } from './development-skill.js';
export type {
  CoDesigner,
  Improvement,
  ImprovementMeasure,
  ImprovementOrigin,
  ImprovementStatus,
  ImprovementStatusChange,
} from './improvement.js';
export {
  CoDesignerSchema,
  ImprovementMeasureSchema,
  ImprovementOriginSchema,
  ImprovementSchema,
  ImprovementStatusChangeSchema,
  ImprovementStatusSchema,
  improvementStatuses,
} from './improvement.js';
export type { ImprovementCommand, ImprovementEvent } from './improvement-event.js';
export {
  ImprovementCommandSchema,
  ImprovementEventSchema,
} from './improvement-event.js';
export type { PractitionerPlace } from './practitioner-place.js';
export { PractitionerPlaceSchema } from './practitioner-place.js';
export type { PractitionerPlaceEvent } from './practitioner-place-event.js';
export { PractitionerPlaceEventSchema } from './practitioner-place-event.js';

/** Parses untrusted input as a {@link PractitionerPlace}. */
export const parsePractitionerPlace = makeParser('PractitionerPlace', PractitionerPlaceSchema);
/** Parses untrusted input as a {@link PractitionerPlaceEvent}. */
export const parsePractitionerPlaceEvent = makeParser(
  'PractitionerPlaceEvent',
  PractitionerPlaceEventSchema,
);

/** Parses untrusted input as an {@link Improvement}. */
export const parseImprovement = makeParser('Improvement', ImprovementSchema);
/** Parses untrusted input as an {@link ImprovementEvent}. */
export const parseImprovementEvent = makeParser('ImprovementEvent', ImprovementEventSchema);
/** Parses untrusted input as an {@link ImprovementCommand}. */
export const parseImprovementCommand = makeParser('ImprovementCommand', ImprovementCommandSchema);

/** The practice area's top-level schemas, by name (for JSON Schema export and tests). */
export const practiceSchemas = {
  PractitionerPlace: PractitionerPlaceSchema,
  PractitionerPlaceEvent: PractitionerPlaceEventSchema,
  Improvement: ImprovementSchema,
  ImprovementEvent: ImprovementEventSchema,
  ImprovementCommand: ImprovementCommandSchema,
} as const;
