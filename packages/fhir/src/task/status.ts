import type { TaskPriority, TaskStatus } from '@livewell/core';
import type { Task as FhirTask } from '@medplum/fhirtypes';
import { match } from 'ts-pattern';

/**
 * A worklist task's FHIR `Task.status`: open → `requested`, acknowledged → `accepted`, in
 * progress → `in-progress`, done → `completed`, cancelled → `cancelled`.
 */
export const toFhirWorklistTaskStatus = (status: TaskStatus): NonNullable<FhirTask['status']> =>
  match(status)
    .returnType<NonNullable<FhirTask['status']>>()
    .with('open', () => 'requested')
    .with('acknowledged', () => 'accepted')
    .with('in-progress', () => 'in-progress')
    .with('done', () => 'completed')
    .with('cancelled', () => 'cancelled')
    .exhaustive();

/**
 * A worklist priority as FHIR request priority (routine < urgent < asap < stat): an urgent
 * safety task → `asap`, high → `urgent`, routine → `routine`.
 */
export const toFhirTaskPriority = (priority: TaskPriority): NonNullable<FhirTask['priority']> =>
  match(priority)
    .returnType<NonNullable<FhirTask['priority']>>()
    .with('urgent', () => 'asap')
    .with('high', () => 'urgent')
    .with('routine', () => 'routine')
    .exhaustive();
