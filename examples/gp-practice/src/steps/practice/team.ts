/**
 * Who takes part in the practice's own year (issue 16): the clinical team on the development
 * programme, with the skills each place builds, and who leads what.
 */
import type { DevelopmentSkill } from '@livewell/core';
import { type StaffMember, staff } from '../../world.js';

/** One member of the clinical team and the skills their development place builds. */
export interface DevelopmentPlaceFor {
  readonly member: StaffMember;
  readonly skills: readonly DevelopmentSkill[];
}

/** The clinical team taking part in the practitioner development programme. */
export const clinicalTeam: readonly DevelopmentPlaceFor[] = [
  {
    member: staff.gp,
    skills: ['agenda-setting', 'brief-action-planning', 'motivational-interviewing'],
  },
  { member: staff.nurse, skills: ['health-coaching', 'agenda-setting', 'brief-action-planning'] },
  { member: staff.hca, skills: ['agenda-setting', 'brief-action-planning'] },
  { member: staff.coach, skills: ['health-coaching', 'motivational-interviewing'] },
];

/** The practice's named lead for supported self-management: records the readiness reviews. */
export const selfManagementLead = staff.gp;

/** Runs the development programme's admin for the practice (as he does the skills course). */
export const programmeCoordinator = staff.linkWorker;
