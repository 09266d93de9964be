/**
 * The clinical team's practitioner development programme, based at the practice: two workshops,
 * two action learning set meetings and one-to-one support, on the same programme lifecycle as
 * the patients' skills course. Places are enrolled, attendance recorded, completed by the
 * programme's rule; one member withdraws. Every change is stored with its events.
 */
import type {
  EnrolmentCommand,
  IsoInstant,
  PractitionerPlace,
  Programme,
  RecordId,
} from '@livewell/core';
import { instantToMs, ok, zonedInstant } from '@livewell/core';
import { programme as programmes } from '@livewell/peer-support';
import { count, type Sim } from '../../sim.js';
import { PRACTICE_ORGANISATION, staffMemberships } from '../../world.js';
import { clinicalTeam, programmeCoordinator } from './team.js';

const id = (s: string) => s as RecordId;

/** The development programme's id (the stored `Programme`). */
export const DEVELOPMENT_PROGRAMME_ID = id('prog-practitioner-development-2027');

/** The practice's own service that runs the programme for its staff. */
const DEVELOPMENT_SERVICE = id('svc-practitioner-development');

/** The last one-to-one support session; places are completed the Friday after. */
export const DEVELOPMENT_COMPLETED_AT: IsoInstant = '2027-06-04T16:00:00Z';

/** The programme: 5 sessions; complete with 4 attended, the first workshop among them. */
function developmentProgramme(sim: Sim): Programme {
  const session = (
    sessionId: string,
    kind: Programme['sessions'][number]['kind'],
    title: string,
    date: string,
    from: string,
    to: string,
  ) => ({
    id: id(sessionId),
    kind,
    title,
    start: zonedInstant(date, from, sim.timeZone),
    end: zonedInstant(date, to, sim.timeZone),
  });
  return {
    schemaVersion: 2,
    id: DEVELOPMENT_PROGRAMME_ID,
    tenantId: sim.practice.tenantId,
    serviceId: DEVELOPMENT_SERVICE,
    title: 'Supporting self-management: practitioner development at Riverside Surgery',
    description:
      'Workshops, an action learning set and 1-2-1 support for the clinical team: health coaching, brief action planning, agenda setting, and using the new agenda-setting leaflet in consultations.',
    sessions: [
      session('dev-ws1', 'workshop', 'Workshop 1: agenda setting', '2027-03-03', '13:00', '17:00'),
      session(
        'dev-ws2',
        'workshop',
        'Workshop 2: brief action planning',
        '2027-03-24',
        '13:00',
        '17:00',
      ),
      session(
        'dev-als1',
        'action-learning-set',
        'Action learning set 1',
        '2027-04-21',
        '13:00',
        '15:00',
      ),
      session(
        'dev-als2',
        'action-learning-set',
        'Action learning set 2',
        '2027-05-19',
        '13:00',
        '15:00',
      ),
      session('dev-121', 'one-to-one', '1-2-1 support', '2027-06-02', '09:00', '17:00'),
    ],
    capacity: 6,
    completionRule: { kind: 'minimum-attended', minimum: 4, required: [id('dev-ws1')] },
  };
}

/** Who withdraws, when, and why (the story's one withdrawal). */
const WITHDRAWAL = {
  practitionerId: clinicalTeam[2]?.member.actor.practitionerId,
  at: '2027-03-10T09:00:00Z' as IsoInstant,
  reason: 'Could not be released from clinics for the remaining sessions',
};

/** Attendance, by practitioner and session: everyone comes, but the GP misses one meeting. */
const attended = (practitionerId: string, sessionId: string) =>
  !(practitionerId === clinicalTeam[0]?.member.actor.practitionerId && sessionId === 'dev-als2');

/** What the development step stored. */
export interface DevelopmentYear {
  readonly programme: Programme;
  readonly places: readonly PractitionerPlace[];
}

/** Runs the development programme through storage; returns the programme and the final places. */
export async function runDevelopment(sim: Sim): Promise<DevelopmentYear> {
  const programme = developmentProgramme(sim);
  await sim.practice.programmes.create(programme);
  const context = (now: IsoInstant) => ({
    now,
    actor: programmeCoordinator.actor,
    ids: sim.ids,
    records: {
      service: { id: DEVELOPMENT_SERVICE, organisationId: PRACTICE_ORGANISATION },
      memberships: staffMemberships,
      systems: [],
    },
  });
  const places = new Map<string, PractitionerPlace>();
  for (const [i, { member, skills }] of clinicalTeam.entries()) {
    const r = programmes.enrolPractitioner(
      programme,
      [...places.values()],
      { practitionerId: member.actor.practitionerId, skills },
      context(`2027-02-0${i + 1}T10:00:00Z`),
    );
    if (!r.ok) throw new Error(`demo: development place refused: ${r.error.message}`);
    await sim.practice.practitionerPlaces.create(r.value.place, r.value.events);
    places.set(r.value.place.id, r.value.place);
    count(sim, 'development places taken');
  }
  /** Applies a change to one stored place (load → decide → save with events). */
  const store = async (
    placeId: RecordId,
    decide: (
      place: PractitionerPlace,
    ) =>
      | ReturnType<typeof programmes.transitionPlace>
      | ReturnType<typeof programmes.withdrawPractitioner>,
  ) => {
    const r = await sim.practice.practitionerPlaces.update(placeId, (place) => {
      const t = decide(place);
      return t.ok ? ok({ place: t.value.place, events: t.value.events }) : t;
    });
    if (!r.ok) throw new Error(`demo: development place change refused: ${r.error.message}`);
    places.set(placeId, r.value.place.record);
  };
  const command = (placeId: RecordId, cmd: EnrolmentCommand, now: IsoInstant) =>
    store(placeId, (place) =>
      programmes.transitionPlace(place, cmd, {
        ...context(now),
        programme,
        places: [...places.values()],
      }),
    );
  for (const session of programme.sessions) {
    if (instantToMs(session.start) > instantToMs(WITHDRAWAL.at)) {
      const leaving = [...places.values()].find(
        (p) => p.practitionerId === WITHDRAWAL.practitionerId && p.status === 'enrolled',
      );
      if (leaving) {
        await store(leaving.id, () =>
          programmes.withdrawPractitioner(
            programme,
            [...places.values()],
            leaving.id,
            context(WITHDRAWAL.at),
            WITHDRAWAL.reason,
          ),
        );
        count(sim, 'development places withdrawn');
      }
    }
    for (const place of [...places.values()].filter((p) => p.status === 'enrolled')) {
      await command(
        place.id,
        {
          type: 'record-attendance',
          sessionId: session.id,
          status: attended(place.practitionerId, session.id) ? 'attended' : 'absent',
        },
        session.end,
      );
    }
  }
  for (const place of [...places.values()].filter((p) => p.status === 'enrolled')) {
    await command(place.id, { type: 'complete' }, DEVELOPMENT_COMPLETED_AT);
    count(sim, 'development places completed');
  }
  return { programme, places: [...places.values()] };
}
