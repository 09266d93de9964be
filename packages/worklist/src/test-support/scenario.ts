import {
  type Actor,
  type Assessment,
  type PersonId,
  type PractitionerId,
  type RecordId,
  type StaffMember,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import { openTask } from '../open.js';
import { defaultWorklistPolicy, type WorklistPolicy } from '../policy.js';
import type { TaskContext } from '../types.js';

export const tenantId = 'riverside-surgery' as TenantId;
export const personId = 'person-1' as PersonId;
export const START = '2027-01-11T09:00:00Z';

const gpId = 'gp-1' as PractitionerId;
const nurseId = 'nurse-1' as PractitionerId;
export const dutyTeam = 'duty-team' as RecordId;

/** The staff records: a GP in the duty team, a nurse who is not. */
export const staff: readonly StaffMember[] = [
  { practitionerId: gpId, roles: ['gp'], teamIds: [dutyTeam] },
  { practitionerId: nurseId, roles: ['nurse'], teamIds: [] },
];

/** Actors by key: `claimsGp` is the nurse claiming to be a GP (the records say otherwise). */
export const actors = {
  gp: { kind: 'practitioner', practitionerId: gpId, role: 'gp' },
  nurse: { kind: 'practitioner', practitionerId: nurseId, role: 'nurse' },
  claimsGp: { kind: 'practitioner', practitionerId: nurseId, role: 'gp' },
  stranger: { kind: 'practitioner', practitionerId: 'locum-9' as PractitionerId, role: 'gp' },
  system: { kind: 'system', name: 'livewell-worklist' },
  rogue: { kind: 'system', name: 'unknown-bot' },
  person: { kind: 'person', personId },
} as const satisfies Record<string, Actor>;
/** The key of an actor in {@link actors}. */
export type ActorKey = keyof typeof actors;

export const policy: WorklistPolicy = defaultWorklistPolicy;

/** A command context at `now` for `actor`. */
export const contextAt = (now: string, actor: Actor, ids = sequentialIds('e')): TaskContext => ({
  now,
  actor,
  ids,
  staff,
  systems: policy.systems,
});

/** An open task owned by the GP role. */
export const openedTask = () =>
  openTask(
    {
      id: 'task-1' as RecordId,
      tenantId,
      personId,
      reason: { kind: 'agenda-help', carePlanId: 'plan-1' as RecordId },
      title: 'Help with the agenda sheet',
      owner: { kind: 'role', role: 'gp' },
      priority: 'high',
      dueAt: '2027-01-12T09:00:00Z',
    },
    START,
    actors.system,
  );

/** An unscorable PHQ-9 with item 9 answered 2 and item 3 missing (as activation stores it). */
export const unscorablePhq9 = (flags: Assessment['flags']): Assessment => ({
  schemaVersion: 1,
  status: 'unscorable',
  id: 'assessment-1' as RecordId,
  tenantId,
  personId,
  instrument: { id: 'phq-9', version: '1' },
  completedAt: START,
  responses: [],
  flags,
  missingItems: ['phq9-3'],
  provenance: { kind: 'engine', engine: '@livewell/activation', instrumentVersion: '1' },
  unscored: { code: 'too-many-missing', message: 'Too many items missing.', answered: 7 },
});
