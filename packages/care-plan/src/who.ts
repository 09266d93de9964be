import type { CarePlanState, PractitionerRole } from '@livewell/core';
import {
  type Permission,
  planningClinicians,
  practiceStaff,
  supportWorkers,
} from './permissions.js';

/** Builds a {@link Permission}: care-team roles, and whether the person, carers, systems may. */
export const who = (
  roles: readonly PractitionerRole[],
  options: { person?: boolean; carer?: boolean; system?: boolean } = {},
): Permission => ({
  person: options.person ?? false,
  carer: options.carer ?? false,
  system: options.system ?? false,
  roles,
});

/** Clinicians who hold the conversation (GP, nurse, pharmacist). */
export const clinicians = planningClinicians;
/** The person and the planning clinicians: agreement and goals. */
export const personAndClinicians = who(clinicians, { person: true });
/** Everyone who may contribute content: person, consenting carers, clinicians, coach, link worker. */
export const contributors = who([...clinicians, 'health-coach', 'link-worker'], {
  person: true,
  carer: true,
});
/** Practice staff and trusted systems: bookings, letters, reminders. */
export const practiceOrSystem = who(practiceStaff, { system: true });
/** Everyone who supports the person between appointments, the person and consenting carers. */
export const supporters = who([...clinicians, ...supportWorkers], { person: true, carer: true });

/** Every state a plan can still change in (not superseded, withdrawn or entered in error). */
export const live: readonly CarePlanState[] = [
  'invited',
  'information-gathering',
  'prepared',
  'in-conversation',
  'active',
  'paused',
  'under-review',
];
