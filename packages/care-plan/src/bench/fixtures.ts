// Benchmark support: the people on the benchmark plan. Not exported from the package.
import type {
  Actor,
  CarerId,
  PersonId,
  PlanCareTeam,
  PractitionerId,
  PractitionerRole,
} from '@livewell/core';

export const personId = 'person-1' as PersonId;
const pr = (id: string, role: PractitionerRole): Actor => ({
  kind: 'practitioner',
  practitionerId: id as PractitionerId,
  role,
});
export const person: Actor = { kind: 'person', personId };
export const nurse = pr('nurse-1', 'nurse');
export const hca = pr('hca-1', 'healthcare-assistant');
export const reception = pr('reception-1', 'receptionist');
export const coach = pr('coach-1', 'health-coach');
export const careTeam: PlanCareTeam = {
  members: [
    { practitionerId: 'gp-1' as PractitionerId, role: 'gp', isCoordinator: false },
    { practitionerId: 'nurse-1' as PractitionerId, role: 'nurse', isCoordinator: true },
    {
      practitionerId: 'hca-1' as PractitionerId,
      role: 'healthcare-assistant',
      isCoordinator: false,
    },
    { practitionerId: 'reception-1' as PractitionerId, role: 'receptionist', isCoordinator: false },
    { practitionerId: 'coach-1' as PractitionerId, role: 'health-coach', isCoordinator: false },
  ],
  carers: [{ carerId: 'carer-1' as CarerId, consentToShare: true }],
};
