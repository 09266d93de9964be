import type {
  Actor,
  CarerId,
  PersonId,
  PractitionerId,
  PractitionerMembership,
  RecordId,
  ReferralRecords,
  TrustedSystem,
} from '@livewell/core';

/** The person referred in the referral tests, and the actors around them. */
export const personId = 'p-1' as PersonId;
export const person: Actor = { kind: 'person', personId };
/** A carer registered for the person with their consent. */
export const carer: Actor = { kind: 'carer', carerId: 'c-1' as CarerId, onBehalfOf: personId };
/** A carer registered for the person without consent. */
export const carerWithoutConsent: Actor = {
  kind: 'carer',
  carerId: 'c-2' as CarerId,
  onBehalfOf: personId,
};
/** The referring GP (a member of the practice). */
export const gp: Actor = {
  kind: 'practitioner',
  practitionerId: 'gp-1' as PractitionerId,
  role: 'gp',
};
/** A link worker at the walking group's organisation (the receiving service). */
export const linkWorker: Actor = {
  kind: 'practitioner',
  practitionerId: 'lw-1' as PractitionerId,
  role: 'link-worker',
};
/** A trusted hub acting for the walking group's organisation. */
export const hub: Actor = { kind: 'system', name: 'community-services-hub' };

/** The walking group and the organisation that runs it. */
export const service = { id: 'svc-walking' as RecordId, organisationId: 'org-walking' as RecordId };

/** Memberships: the GP at the practice, the link worker at the walking group's organisation. */
export const memberships: readonly PractitionerMembership[] = [
  { practitionerId: 'gp-1' as PractitionerId, organisationId: 'org-practice' as RecordId },
  { practitionerId: 'gp-2' as PractitionerId, organisationId: 'org-practice' as RecordId },
  { practitionerId: 'lw-1' as PractitionerId, organisationId: 'org-walking' as RecordId },
];

/** The practice policy's trusted systems. */
export const systems: readonly TrustedSystem[] = [
  { name: 'community-services-hub', organisationIds: ['org-walking' as RecordId] },
];

/** The records of the tests' referrals: the walking group, person p-1 and their carers. */
export const records: ReferralRecords = {
  service,
  person: {
    id: personId,
    carers: [
      { id: 'c-1' as CarerId, name: 'Sam', relationship: 'daughter', consentToShare: true },
      { id: 'c-2' as CarerId, name: 'Alex', relationship: 'friend', consentToShare: false },
    ],
  },
  memberships,
  systems,
};
