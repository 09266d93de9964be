import fc from 'fast-check';
import type {
  Carer,
  CareTeam,
  CommunicationPreferences,
  Person,
  Practitioner,
  PractitionerMembership,
  TrustedSystem,
} from '../people/index.js';
import {
  addressArb,
  carerIdArb,
  codingArb,
  isoDateArb,
  isoInstantArb,
  personIdArb,
  practitionerIdArb,
  practitionerRoleArb,
  recordIdArb,
  tenantIdArb,
  textArb,
} from './shared.js';

/** Communication preferences. */
export const communicationPreferencesArb: fc.Arbitrary<CommunicationPreferences> = fc.record({
  format: fc.constantFrom('standard', 'large-print', 'easy-read', 'braille', 'audio', 'bsl-video'),
  language: fc.constantFrom('en', 'cy', 'pl', 'pa', 'ur', 'bn', 'gu', 'so'),
  channel: fc.constantFrom('letter', 'email', 'sms', 'phone', 'app'),
  interpreterNeeded: fc.boolean(),
});

/** A carer. */
export const carerArb: fc.Arbitrary<Carer> = fc.record({
  id: carerIdArb,
  name: textArb(40),
  relationship: fc.constantFrom('daughter', 'son', 'partner', 'friend', 'paid carer'),
  consentToShare: fc.boolean(),
});

/** A person on a long-term-conditions register. */
export const personArb: fc.Arbitrary<Person> = fc.record(
  {
    schemaVersion: fc.constant(1 as const),
    id: personIdArb,
    tenantId: tenantIdArb,
    nhsNumber: fc.stringMatching(/^[0-9]{10}$/),
    name: fc.record({ given: textArb(30), family: textArb(30) }),
    birthDate: isoDateArb,
    conditions: fc.array(codingArb, { maxLength: 4 }),
    communication: communicationPreferencesArb,
    carers: fc.array(carerArb, { maxLength: 2 }),
    consentToShare: fc.boolean(),
    address: addressArb,
  },
  {
    requiredKeys: [
      'schemaVersion',
      'id',
      'tenantId',
      'name',
      'birthDate',
      'conditions',
      'communication',
      'carers',
      'consentToShare',
    ],
  },
);

/** A practitioner. */
export const practitionerArb: fc.Arbitrary<Practitioner> = fc.record({
  schemaVersion: fc.constant(1 as const),
  id: practitionerIdArb,
  tenantId: tenantIdArb,
  name: textArb(40),
  role: practitionerRoleArb,
});

/** A care team. */
export const careTeamArb: fc.Arbitrary<CareTeam> = fc.record({
  schemaVersion: fc.constant(1 as const),
  id: recordIdArb,
  tenantId: tenantIdArb,
  personId: personIdArb,
  members: fc.array(
    fc.record({
      practitionerId: practitionerIdArb,
      role: practitionerRoleArb,
      isCoordinator: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
});

/** A practitioner's membership of an organisation (current or ended). */
export const practitionerMembershipArb: fc.Arbitrary<PractitionerMembership> = fc.record(
  { practitionerId: practitionerIdArb, organisationId: recordIdArb, until: isoInstantArb },
  { requiredKeys: ['practitionerId', 'organisationId'] },
);

/** A system integration named in a practice policy. */
export const trustedSystemArb: fc.Arbitrary<TrustedSystem> = fc.record({
  name: textArb(40),
  organisationIds: fc.array(recordIdArb, { maxLength: 3 }),
});
