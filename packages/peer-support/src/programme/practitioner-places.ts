import {
  type DevelopmentSkill,
  type EnrolmentCommand,
  err,
  ok,
  PersonIdSchema,
  type PractitionerId,
  type PractitionerPlace,
  type PractitionerPlaceEvent,
  type Programme,
  type RecordId,
  type Result,
} from '@livewell/core';
import type { ProgrammeContext } from './context.js';
import { enrol } from './enrol.js';
import { unreadable } from './guard.js';
import { asEnrolment, serviceOnly, toPlace, toPlaceEvent } from './place-adapter.js';
import { rejection } from './rules.js';
import { transition } from './transition.js';
import type { Rejection } from './types.js';
import { withdraw } from './withdraw.js';

/** A request for a practitioner's place on a development programme, and the skills it builds. */
export interface PlaceRequest {
  readonly practitionerId: PractitionerId;
  readonly skills: readonly DevelopmentSkill[];
}

/** A place after a command, with the events that record it (store them with the snapshot). */
export interface PlaceOutcome {
  readonly place: PractitionerPlace;
  readonly events: readonly PractitionerPlaceEvent[];
}

/** The outcome of an operation on a development programme: the place acted on and anyone promoted. */
export interface PlaceChange extends PlaceOutcome {
  /** Waiting-listed places moved into places, with their `enrolment.promoted` events. */
  readonly promoted: readonly PlaceOutcome[];
}

const personActs = (context: ProgrammeContext): Rejection | undefined =>
  context?.actor?.kind === 'person' || context?.actor?.kind === 'carer'
    ? rejection(
        'not-authorised',
        'Only the service that runs the programme acts on practitioners’ places.',
      )
    : undefined;

/** Places promoted by the roster rules, with the event that records each promotion. */
function promotedOutcomes(
  promoted: readonly { id: RecordId; history: readonly { reason?: string | undefined }[] }[],
  places: readonly PractitionerPlace[],
  context: ProgrammeContext,
  change: (enrolmentId: RecordId) => PractitionerPlace | undefined,
): PlaceOutcome[] {
  const outcomes: PlaceOutcome[] = [];
  for (const p of promoted) {
    const place = change(p.id);
    const before = places.find((x) => x.id === p.id);
    if (place === undefined || before === undefined) continue;
    const reason = p.history[p.history.length - 1]?.reason ?? 'a place came free';
    outcomes.push({
      place,
      events: [
        toPlaceEvent(
          {
            type: 'enrolment.promoted',
            reason,
            enrolmentId: place.id,
            at: context.now,
            actor: context.actor,
          },
          place.tenantId,
          context.ids('event'),
        ),
      ],
    });
  }
  return outcomes;
}

/**
 * Asks for a practitioner's place on a development programme (workshops, action learning set
 * meetings, one-to-one support), by the same rules as a person's enrolment: a place while places
 * are free and nobody waits, else the waiting list. Only the running service (by the records)
 * may. The `place.offered` event starts the place's history. Never throws.
 *
 * @example
 * const r = programme.enrolPractitioner(course, places, { practitionerId, skills: ['health-coaching'] }, context);
 * if (r.ok) await store.practitionerPlaces.create(r.value.place, r.value.events);
 */
export function enrolPractitioner(
  programme: Programme,
  places: readonly PractitionerPlace[],
  request: PlaceRequest,
  context: ProgrammeContext,
): Result<PlaceChange, Rejection> {
  try {
    const refused = personActs(context);
    if (refused !== undefined) return err(refused);
    const skills = [...new Set(request.skills)];
    if (skills.length === 0) {
      return err(rejection('invalid-command', 'A development place names the skills it builds.'));
    }
    const r = enrol(
      programme,
      places.map(asEnrolment),
      // The lifecycle's participant id is the practitioner's (see asEnrolment); never stored.
      { personId: PersonIdSchema.parse(request.practitionerId) },
      serviceOnly(context),
    );
    if (!r.ok) return r;
    const { enrolment } = r.value;
    const place = toPlace(enrolment, { practitionerId: request.practitionerId, skills });
    const offered: PractitionerPlaceEvent = {
      schemaVersion: 1,
      id: context.ids('event') as RecordId,
      tenantId: place.tenantId,
      placeId: place.id,
      at: context.now,
      actor: context.actor,
      type: 'place.offered',
      programmeId: place.programmeId,
      practitionerId: place.practitionerId,
      skills: place.skills,
      status: enrolment.status === 'enrolled' ? 'enrolled' : 'waiting-listed',
      queueNumber: place.queueNumber,
    };
    const byId = new Map(r.value.promoted.map((e) => [e.id, e]));
    const promoted = promotedOutcomes(r.value.promoted, places, context, (id) => {
      const e = byId.get(id);
      const own = places.find((p) => p.id === id);
      return e && own ? toPlace(e, own) : undefined;
    });
    return ok({ place, events: [offered], promoted });
  } catch (cause) {
    return err(unreadable(cause));
  }
}

/**
 * Applies a programme command (`record-attendance`, `complete`, `mark-not-completed`,
 * `withdraw`, `promote`) to a practitioner's place by the programme lifecycle, with the same
 * rules and rejections as a person's enrolment. Returns the place and its events. Only the
 * running service may. Never throws.
 */
export function transitionPlace(
  place: PractitionerPlace,
  command: EnrolmentCommand,
  context: ProgrammeContext & {
    readonly programme: Programme;
    readonly places: readonly PractitionerPlace[];
  },
): Result<PlaceOutcome, Rejection> {
  try {
    const refused = personActs(context);
    if (refused !== undefined) return err(refused);
    const base = serviceOnly(context);
    const r = transition(asEnrolment(place), command, {
      ...base,
      programme: context.programme,
      enrolments: context.places.map(asEnrolment),
    });
    if (!r.ok) return r;
    return ok({
      place: toPlace(r.value.enrolment, place),
      events: r.value.events.map((e) => toPlaceEvent(e, place.tenantId, context.ids('event'))),
    });
  } catch (cause) {
    return err(unreadable(cause));
  }
}

/**
 * Withdraws a practitioner's place (enrolled or waiting) and gives a freed place to the head of
 * the waiting list, as for a person's enrolment. Only the running service may. Never throws.
 */
export function withdrawPractitioner(
  programme: Programme,
  places: readonly PractitionerPlace[],
  placeId: PractitionerPlace['id'],
  context: ProgrammeContext,
  reason?: string,
): Result<PlaceChange, Rejection> {
  try {
    const refused = personActs(context);
    if (refused !== undefined) return err(refused);
    const own = places.find((p) => p.id === placeId);
    const r = withdraw(programme, places.map(asEnrolment), placeId, serviceOnly(context), reason);
    if (!r.ok) return r;
    if (own === undefined) {
      return err(rejection('unknown-enrolment', 'No such place on this programme.', { placeId }));
    }
    const place = toPlace(r.value.enrolment, own);
    const withdrawn = toPlaceEvent(
      {
        type: 'enrolment.withdrawn',
        ...(reason === undefined ? {} : { reason }),
        enrolmentId: place.id,
        at: context.now,
        actor: context.actor,
      },
      place.tenantId,
      context.ids('event'),
    );
    const byId = new Map(r.value.promoted.map((e) => [e.id, e]));
    const promoted = promotedOutcomes(r.value.promoted, places, context, (id) => {
      const e = byId.get(id);
      const before = places.find((p) => p.id === id);
      return e && before ? toPlace(e, before) : undefined;
    });
    return ok({ place, events: [withdrawn], promoted });
  } catch (cause) {
    return err(unreadable(cause));
  }
}
