import { makeParser } from '../parse.js';
import { CareTeamSchema } from './care-team.js';
import { PractitionerMembershipSchema } from './membership.js';
import { PersonSchema } from './person.js';
import { PractitionerSchema } from './practitioner.js';
import { TrustedSystemSchema } from './trusted-system.js';

export * from './access.js';
export * from './care-team.js';
export * from './membership.js';
export * from './person.js';
export * from './practitioner.js';
export * from './trusted-system.js';

/** Parses untrusted input as a {@link Person}. */
export const parsePerson = makeParser('Person', PersonSchema);
/** Parses untrusted input as a {@link Practitioner}. */
export const parsePractitioner = makeParser('Practitioner', PractitionerSchema);
/** Parses untrusted input as a {@link CareTeam}. */
export const parseCareTeam = makeParser('CareTeam', CareTeamSchema);

/** Parses untrusted input as a {@link PractitionerMembership}. */
export const parsePractitionerMembership = makeParser(
  'PractitionerMembership',
  PractitionerMembershipSchema,
);
/** Parses untrusted input as a {@link TrustedSystem}. */
export const parseTrustedSystem = makeParser('TrustedSystem', TrustedSystemSchema);

/** The people area's top-level schemas, by name (for JSON Schema export and tests). */
export const peopleSchemas = {
  Person: PersonSchema,
  Practitioner: PractitionerSchema,
  CareTeam: CareTeamSchema,
  PractitionerMembership: PractitionerMembershipSchema,
  TrustedSystem: TrustedSystemSchema,
} as const;
