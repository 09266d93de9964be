import {
  type Enrolment,
  PersonIdSchema,
  type PractitionerPlace,
  type PractitionerPlaceEvent,
  type RecordId,
} from '@livewell/core';
import type { ProgrammeContext } from './context.js';
import type { EnrolmentEvent } from './types.js';

/**
 * The enrolment the programme lifecycle runs for a practitioner's place. It lives only for the
 * length of one command and is never stored: the lifecycle reads its place fields, and its
 * participant id is the practitioner's id (ids share one grammar). Acting as the `person` party
 * is refused before it is used (see {@link serviceOnly}), so only the service acts on places.
 */
export function asEnrolment(place: PractitionerPlace): Enrolment {
  return {
    schemaVersion: 1,
    id: place.id,
    tenantId: place.tenantId,
    programmeId: place.programmeId,
    personId: PersonIdSchema.parse(place.practitionerId),
    status: place.status,
    queueNumber: place.queueNumber,
    attendance: place.attendance,
    history: place.history,
    createdAt: place.createdAt,
    updatedAt: place.updatedAt,
  };
}

/** The place an enrolment run by the lifecycle stands for, with the place's own fields kept. */
export function toPlace(
  enrolment: Enrolment,
  own: Pick<PractitionerPlace, 'practitionerId' | 'skills'>,
): PractitionerPlace {
  return {
    schemaVersion: 1,
    id: enrolment.id,
    tenantId: enrolment.tenantId,
    programmeId: enrolment.programmeId,
    practitionerId: own.practitionerId,
    skills: [...own.skills],
    status: enrolment.status,
    queueNumber: enrolment.queueNumber,
    attendance: enrolment.attendance,
    history: enrolment.history,
    createdAt: enrolment.createdAt,
    updatedAt: enrolment.updatedAt,
  };
}

/** A programme context in which no one can act as the `person` party: places are the service's. */
export const serviceOnly = (context: ProgrammeContext): ProgrammeContext => ({
  now: context.now,
  actor: context.actor,
  ids: context.ids,
  records: {
    service: context.records.service,
    memberships: context.records.memberships,
    systems: context.records.systems,
  },
});

/** The stored event for an enrolment event of the lifecycle. */
export function toPlaceEvent(
  event: EnrolmentEvent,
  tenantId: PractitionerPlace['tenantId'],
  id: string,
): PractitionerPlaceEvent {
  const envelope = {
    schemaVersion: 1 as const,
    id: id as RecordId,
    tenantId,
    placeId: event.enrolmentId,
    at: event.at,
    actor: event.actor,
  };
  switch (event.type) {
    case 'enrolment.attendance-recorded':
      return { ...envelope, type: event.type, entry: event.entry, order: [...event.order] };
    case 'enrolment.withdrawn':
      return event.reason === undefined
        ? { ...envelope, type: event.type }
        : { ...envelope, type: event.type, reason: event.reason };
    case 'enrolment.promoted':
      return { ...envelope, type: event.type, reason: event.reason };
    case 'enrolment.completed':
    case 'enrolment.not-completed':
      return { ...envelope, type: event.type };
  }
}

/** The lifecycle's enrolment event for a stored place event (`undefined` for `place.offered`). */
export function toEnrolmentEvent(event: PractitionerPlaceEvent): EnrolmentEvent | undefined {
  const envelope = { enrolmentId: event.placeId, at: event.at, actor: event.actor };
  switch (event.type) {
    case 'place.offered':
      return undefined;
    case 'enrolment.attendance-recorded':
      return { ...envelope, type: event.type, entry: event.entry, order: event.order };
    case 'enrolment.withdrawn':
      return event.reason === undefined
        ? { ...envelope, type: event.type }
        : { ...envelope, type: event.type, reason: event.reason };
    case 'enrolment.promoted':
      return { ...envelope, type: event.type, reason: event.reason };
    case 'enrolment.completed':
    case 'enrolment.not-completed':
      return { ...envelope, type: event.type };
  }
}
