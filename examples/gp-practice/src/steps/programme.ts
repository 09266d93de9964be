/** Step 7, third part: a six-workshop skills programme with a waiting list, attendance and completion. */
import type { Enrolment, IsoInstant, Programme, RecordId } from '@livewell/core';
import { msToInstant, zonedInstant } from '@livewell/core';
import { programme as programmes } from '@livewell/peer-support';
import { count, type Sim } from '../sim.js';
import { PRACTICE_ORGANISATION, staff, staffMemberships } from '../world.js';
import type { PlannedPerson } from './care-planning.js';

const id = (s: string) => s as RecordId;

/** The six-workshop programme: enrolment to capacity, a waiting list, attendance, completion. */
export async function runProgramme(sim: Sim, planned: readonly PlannedPerson[]) {
  const starts = [
    '2027-01-12',
    '2027-01-19',
    '2027-01-26',
    '2027-02-02',
    '2027-02-09',
    '2027-02-16',
  ];
  const programme: Programme = {
    schemaVersion: 2,
    id: id('prog-living-well-2027-01'),
    tenantId: sim.practice.tenantId,
    serviceId: id('svc-course'),
    title: 'Living well with long-term conditions — January 2027',
    sessions: starts.map((date, i) => ({
      id: id(`week-${i + 1}`),
      kind: 'workshop',
      title: `Workshop ${i + 1}`,
      start: zonedInstant(date, '10:00', sim.timeZone),
      end: zonedInstant(date, '12:30', sim.timeZone),
    })),
    capacity: 12,
    waitingListLimit: 10,
    completionRule: { kind: 'minimum-attended', minimum: 4 },
  };
  await sim.practice.programmes.create(programme);
  // The practice runs the course, so its link worker acts for the service by membership.
  const records = {
    service: { id: programme.serviceId, organisationId: PRACTICE_ORGANISATION },
    memberships: staffMemberships,
    systems: [],
  };
  const context = (now: IsoInstant) => ({
    now,
    actor: staff.linkWorker.actor,
    ids: sim.ids,
    records,
  });
  const candidates = planned
    .filter((p) => p.goals.some((g) => /manag|worry|understand|stress|friends/i.test(g)))
    .slice(0, 16);
  let enrolments: Enrolment[] = [];
  for (const [i, p] of candidates.entries()) {
    const r = programmes.enrol(
      programme,
      enrolments,
      { personId: p.entry.person.id },
      context(msToInstant(Date.UTC(2026, 11, 1, 10) + i * 3_600_000)),
    );
    if (!r.ok) throw new Error(`demo: enrolment refused: ${r.error.message}`);
    enrolments = [...enrolments.filter((e) => e.id !== r.value.enrolment.id), r.value.enrolment];
    await sim.practice.enrolments.create(r.value.enrolment);
  }
  count(sim, 'programme places taken', enrolments.filter((e) => e.status === 'enrolled').length);
  count(
    sim,
    'programme waiting list',
    enrolments.filter((e) => e.status === 'waiting-listed').length,
  );
  for (const session of programme.sessions) {
    for (const [i, e] of enrolments.entries()) {
      if (e.status !== 'enrolled') continue;
      const came = sim.random.chance(0.78);
      const r = programmes.recordAttendance(
        programme,
        e,
        { sessionId: session.id, status: came ? 'attended' : 'absent' },
        context(session.end),
      );
      if (!r.ok) throw new Error(`demo: attendance refused: ${r.error.message}`);
      enrolments[i] = r.value;
    }
  }
  const closed = programmes.closeProgramme(
    programme,
    enrolments,
    context(zonedInstant('2027-02-17', '09:00', sim.timeZone)),
  );
  if (!closed.ok) throw new Error(`demo: closing refused: ${closed.error.message}`);
  for (const e of closed.value) {
    const stored = await sim.practice.enrolments.get(e.id);
    await sim.practice.enrolments.save(e, stored.version);
  }
  count(sim, 'programme completed', closed.value.filter((e) => e.status === 'completed').length);
  count(
    sim,
    'programme not completed',
    closed.value.filter((e) => e.status === 'not-completed').length,
  );
  return { programme, enrolments: closed.value };
}
