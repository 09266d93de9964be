import type {
  Actor,
  CarerId,
  PersonId,
  PractitionerId,
  ProgrammeRecords,
  RecordId,
} from '@livewell/core';

/** The service that runs the test programmes, and its organisation. */
export const service = { id: 'svc-skills' as RecordId, organisationId: 'org-skills' as RecordId };

/** The programme coordinator: a health coach with a membership of the running organisation. */
export const coordinator: Actor = {
  kind: 'practitioner',
  practitionerId: 'hc-1' as PractitionerId,
  role: 'health-coach',
};

/** A trusted system acting for the running organisation. */
export const bookingSystem: Actor = { kind: 'system', name: 'course-bookings' };

/** The records of the test programmes (no person: add one when a carer acts). */
export const records: ProgrammeRecords = {
  service,
  memberships: [
    { practitionerId: 'hc-1' as PractitionerId, organisationId: service.organisationId },
  ],
  systems: [{ name: 'course-bookings', organisationIds: [service.organisationId] }],
};

/** Person `p` with one consenting carer `c-<p>` and one without consent `x-<p>`. */
export const personWithCarers = (personId: PersonId) => ({
  id: personId,
  carers: [
    { id: `c-${personId}` as CarerId, name: 'Sam', relationship: 'son', consentToShare: true },
    { id: `x-${personId}` as CarerId, name: 'Alex', relationship: 'friend', consentToShare: false },
  ],
});
