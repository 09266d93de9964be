import type { Task, TaskOwner, TaskReason } from '@livewell/core';
import type { CodeableConcept, Task as FhirTask, Reference } from '@medplum/fhirtypes';
import { match } from 'ts-pattern';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { codeSystem, identifierSystem } from '../shared/systems.js';
import { ASSESSMENT_FLAG_SYSTEM, flagObservationId } from './flag-observation.js';
import { toFhirTaskPriority, toFhirWorklistTaskStatus } from './status.js';

/** The livewell code system of task reasons (`assessment-flag`, `review-due`, …). */
export const TASK_REASON_SYSTEM = codeSystem('task-reason');
/** The livewell code system of worklist task statuses (`Task.businessStatus`). */
export const WORKLIST_STATUS_SYSTEM = codeSystem('worklist-task-status');

type Owner = NonNullable<FhirTask['owner']>;

const ownerReference = (owner: TaskOwner): Owner =>
  match(owner)
    .returnType<Owner>()
    .with({ kind: 'practitioner' }, (o) =>
      referenceTo('Practitioner', 'practitioner', o.practitionerId),
    )
    .with({ kind: 'role' }, (o) => ({
      type: 'PractitionerRole',
      identifier: { system: identifierSystem('practitioner-role'), value: o.role },
      display: `Any ${o.role} of the practice`,
    }))
    .with({ kind: 'team' }, (o) => referenceTo('CareTeam', 'team', o.teamId))
    .exhaustive();

const reasonReference = (reason: TaskReason): Reference =>
  match(reason)
    .returnType<Reference>()
    .with({ kind: 'assessment-flag' }, (r) =>
      referenceTo('Observation', 'assessment-flag', flagObservationId(r.assessmentId, r.flagCode)),
    )
    .with({ kind: 'referral-not-contacted' }, (r) =>
      referenceTo('ServiceRequest', 'referral', r.referralId),
    )
    .with(
      { kind: 'preparation-reminder' },
      { kind: 'review-due' },
      { kind: 'action-plan-revision' },
      { kind: 'agenda-help' },
      (r) => referenceTo('CarePlan', 'care-plan', r.carePlanId),
    )
    .exhaustive();

const reasonCode = (reason: TaskReason): CodeableConcept => ({
  coding: [
    { system: TASK_REASON_SYSTEM, code: reason.kind },
    ...(reason.kind === 'assessment-flag'
      ? [{ system: ASSESSMENT_FLAG_SYSTEM, code: reason.flagCode }]
      : []),
  ],
});

/**
 * A worklist task as a FHIR R4 `Task`: status from the lifecycle (see
 * {@link toFhirWorklistTaskStatus}), the exact livewell status as `businessStatus`, `owner`
 * (practitioner, role or care team), `priority`, the due time as `restriction.period.end`,
 * `reasonCode` (the reason kind, and the flag code) and `reasonReference` (the flag's
 * Observation, the referral's ServiceRequest or the CarePlan).
 *
 * @example
 * const fhirTask = toFhirTask(task); // { resourceType: 'Task', status: 'requested', priority: 'asap', … }
 */
export function toFhirTask(task: Task): FhirTask {
  const out: FhirTask = {
    resourceType: 'Task',
    id: fhirId(task.id),
    identifier: [livewellIdentifier('task', task.id)],
    status: toFhirWorklistTaskStatus(task.status),
    businessStatus: { coding: [{ system: WORKLIST_STATUS_SYSTEM, code: task.status }] },
    intent: 'order',
    priority: toFhirTaskPriority(task.priority),
    description: task.title,
    for: referenceTo('Patient', 'person', task.personId),
    authoredOn: task.createdAt,
    lastModified: task.updatedAt,
    owner: ownerReference(task.owner),
    restriction: { period: { end: task.dueAt } },
    reasonCode: reasonCode(task.reason),
    reasonReference: reasonReference(task.reason),
  };
  if (task.cancelReason !== undefined) out.statusReason = { text: task.cancelReason };
  if (task.outcome !== undefined) out.note = [{ text: task.outcome }];
  return out;
}
