// The practice area of the domain vocabulary: practitioners' development places and events.
import { makeParser } from '../parse.js';
import { PractitionerPlaceSchema } from './practitioner-place.js';
import { PractitionerPlaceEventSchema } from './practitioner-place-event.js';

export type { DevelopmentSkill } from './development-skill.js';
export { DevelopmentSkillSchema, knownDevelopmentSkills } from './development-skill.js';
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

/** The practice area's top-level schemas, by name (for JSON Schema export and tests). */
export const practiceSchemas = {
  PractitionerPlace: PractitionerPlaceSchema,
  PractitionerPlaceEvent: PractitionerPlaceEventSchema,
} as const;
