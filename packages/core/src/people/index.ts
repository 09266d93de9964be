import { makeParser } from '../parse.js';
import { CareTeamSchema } from './care-team.js';
import { PersonSchema } from './person.js';
import { PractitionerSchema } from './practitioner.js';

export * from './care-team.js';
export * from './person.js';
export * from './practitioner.js';

/** Parses untrusted input as a {@link Person}. */
export const parsePerson = makeParser('Person', PersonSchema);
/** Parses untrusted input as a {@link Practitioner}. */
export const parsePractitioner = makeParser('Practitioner', PractitionerSchema);
/** Parses untrusted input as a {@link CareTeam}. */
export const parseCareTeam = makeParser('CareTeam', CareTeamSchema);

/** The people area's top-level schemas, by name (for JSON Schema export and tests). */
export const peopleSchemas = {
  Person: PersonSchema,
  Practitioner: PractitionerSchema,
  CareTeam: CareTeamSchema,
} as const;
