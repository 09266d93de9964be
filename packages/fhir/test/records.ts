/** Generated person records (from `@livewell/core/testing`) for whole-Bundle tests. */
import type { PersonId, Practitioner, TenantId } from '@livewell/core';
import {
  assessmentArb,
  carePlanArb,
  careTeamArb,
  directoryArb,
  personArb,
  practitionerArb,
  referralArb,
} from '@livewell/core/testing';
import fc from 'fast-check';

/** A person's record from the core generators, with some of the people and places it names. */
export const recordArb = fc
  .record({
    person: personArb,
    careTeams: fc.array(careTeamArb, { maxLength: 2 }),
    carePlans: fc.array(carePlanArb, { maxLength: 3 }),
    assessments: fc.array(assessmentArb, { maxLength: 2 }),
    referrals: fc.array(referralArb, { maxLength: 3 }),
    practitioners: fc.array(practitionerArb, { maxLength: 3 }),
    directory: directoryArb,
    holdDirectory: fc.boolean(),
  })
  .map((r) => {
    const { id: personId, tenantId } = r.person;
    const mine = <T extends { personId: PersonId; tenantId: TenantId }>(xs: T[]) =>
      xs.map((x) => ({ ...x, personId, tenantId }));
    const services = r.directory.services;
    // Some referrals go to services the directory holds, so full HealthcareServices appear.
    const referrals = mine(r.referrals).map((x, i) => {
      const service = services[i % Math.max(services.length, 1)];
      return service && r.holdDirectory ? { ...x, serviceId: service.id } : x;
    });
    // Some practitioners named on the plans are held as records.
    const named = r.carePlans.flatMap((p) => p.careTeam.members.map((m) => m.practitionerId));
    const practitioners: Practitioner[] = r.practitioners.map((p, i) => ({
      ...p,
      tenantId,
      id: named[i] ?? p.id,
    }));
    return {
      person: r.person,
      careTeams: mine(r.careTeams),
      carePlans: mine(r.carePlans),
      assessments: mine(r.assessments),
      referrals,
      practitioners,
      ...(r.holdDirectory
        ? {
            services,
            organisations: r.directory.organisations,
            locations: r.directory.locations,
          }
        : {}),
    };
  });
