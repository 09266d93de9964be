import { makeParser } from '../parse.js';
import { CareTeamSchema } from './care-team.js';
import { PractitionerMembershipSchema } from './membership.js';
import { PersonSchema } from './person.js';
import { PractitionerSchema } from './practitioner.js';
import { TrustedSystemSchema } from './trusted-system.js';

export type { PersonCarers, ServiceOwner } from './access.js';
export { PersonCarersSchema, ServiceOwnerSchema } from './access.js';
export type { CareTeam, CareTeamMember } from './care-team.js';
export { CareTeamMemberSchema, CareTeamSchema } from './care-team.js';
export type { PractitionerMembership } from './membership.js';
export { PractitionerMembershipSchema } from './membership.js';
export type { Carer, CommunicationPreferences, Person } from './person.js';
export { CarerSchema, CommunicationPreferencesSchema, PersonSchema } from './person.js';
export type { Practitioner } from './practitioner.js';
export { PractitionerSchema } from './practitioner.js';
export type { TrustedSystem } from './trusted-system.js';
export { TrustedSystemSchema } from './trusted-system.js';

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
