import {
  type DomainError,
  domainError,
  err,
  ok,
  type PractitionerPlace,
  type PractitionerPlaceEvent,
  type Result,
} from '@livewell/core';
import { lifecycle } from './lifecycle.js';
import { asEnrolment, toEnrolmentEvent, toPlace } from './place-adapter.js';

/**
 * Rebuilds a practitioner's place from its full history: `place.offered` first, then the
 * programme lifecycle's enrolment events for the same place, folded by the same reducers as a
 * person's enrolment. `invalid-history` for any other history. Never throws.
 *
 * @example
 * const events = (await store.practitionerPlaces.events(placeId)).items.map((s) => s.event);
 * const rebuilt = programme.replayPlace(events); // equals the stored snapshot
 */
export function replayPlace(
  events: readonly PractitionerPlaceEvent[],
): Result<PractitionerPlace, DomainError<'invalid-history'>> {
  try {
    const [first, ...rest] = events;
    if (first === undefined || first.type !== 'place.offered') {
      return err(domainError('invalid-history', 'A place’s history begins with place.offered.'));
    }
    const start: PractitionerPlace = {
      schemaVersion: 1,
      id: first.placeId,
      tenantId: first.tenantId,
      programmeId: first.programmeId,
      practitionerId: first.practitionerId,
      skills: first.skills,
      status: first.status,
      queueNumber: first.queueNumber,
      attendance: [],
      history: [{ status: first.status, at: first.at, actor: first.actor }],
      createdAt: first.at,
      updatedAt: first.at,
    };
    const later = [];
    for (const [index, event] of rest.entries()) {
      const mapped = toEnrolmentEvent(event);
      if (
        mapped === undefined ||
        event.placeId !== first.placeId ||
        event.tenantId !== first.tenantId
      ) {
        return err(
          domainError('invalid-history', 'Every later event must be an event of the same place.', {
            index: index + 1,
          }),
        );
      }
      later.push(mapped);
    }
    return ok(toPlace(lifecycle.applyEvents(asEnrolment(start), later), start));
  } catch {
    return err(domainError('invalid-history', 'The history could not be read.'));
  }
}
