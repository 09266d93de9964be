import type { Actor, Task, TaskOwner } from '@livewell/core';
import type { TaskAccess, TaskParty } from './types.js';

/**
 * True when `actor` is in `owner` by the staff records: the owning practitioner, or a practitioner
 * whose staff record holds the owning role or team. A practitioner's claimed role is ignored.
 */
export function isInOwner(owner: TaskOwner, access: TaskAccess): boolean {
  const actor: Actor = access.actor;
  if (actor.kind !== 'practitioner') return false;
  if (owner.kind === 'practitioner') return owner.practitionerId === actor.practitionerId;
  const member = access.staff.find((s) => s.practitionerId === actor.practitionerId);
  if (member === undefined) return false;
  return owner.kind === 'role'
    ? member.roles.includes(owner.role)
    : member.teamIds.includes(owner.teamId);
}

/** True when `actor` is a system the worklist policy names. */
export const isTrustedSystem = (access: TaskAccess): boolean =>
  access.actor.kind === 'system' && access.systems.includes(access.actor.name);

/** The parties `access` is on `task`. */
export function partiesOf(task: Task, access: TaskAccess): ReadonlySet<TaskParty> {
  const parties = new Set<TaskParty>();
  if (isInOwner(task.owner, access)) parties.add('owner');
  if (isTrustedSystem(access)) parties.add('system');
  return parties;
}

/** A string naming an owner, equal for equal owners (`practitioner:p1`, `role:gp`, `team:t1`). */
export const ownerKey = (owner: TaskOwner): string =>
  owner.kind === 'practitioner'
    ? `practitioner:${owner.practitionerId}`
    : owner.kind === 'role'
      ? `role:${owner.role}`
      : `team:${owner.teamId}`;
