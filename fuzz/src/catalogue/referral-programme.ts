import { type Actor, type Programme, type Referral, sequentialIds } from '@livewell/core';
import {
  actorArb,
  attendanceRecordArb,
  enrolmentArb,
  enrolmentCommandArb,
  enrolmentRequestArb,
  isoInstantArb,
  newReferralArb,
  programmeArb,
  referralArb,
  referralCommandArb,
  textArb,
} from '@livewell/core/testing';
import { programme, referral } from '@livewell/peer-support';
import fc from 'fast-check';
import { entriesOf, spread } from './define.js';
import type { EntryPoint } from './entry.js';

const referrals = entriesOf('@livewell/peer-support', 'referral', 'result');
const programmes = entriesOf('@livewell/peer-support', 'programme', 'result');

/** The organisation every fuzzed service belongs to; acting practitioners are its members. */
const organisationId = 'org-fuzz' as referral.Records['service']['organisationId'];

/** Records that let the actor act as a member of the receiving service's organisation. */
const recordsFor = (
  serviceId: Referral['serviceId'],
  personId: Referral['personId'],
  actor: Actor,
): referral.Records => ({
  service: { id: serviceId, organisationId },
  person: { id: personId, carers: [] },
  memberships:
    actor.kind === 'practitioner' ? [{ practitionerId: actor.practitionerId, organisationId }] : [],
  systems: [],
});

/** A context whose actor is one of the referral's parties or anyone, with their records. */
const referralContextArb = (current?: Referral) =>
  fc
    .record({
      now: isoInstantArb,
      actor: current
        ? fc.oneof(
            fc.constant<Actor>(current.referrer),
            fc.constant<Actor>({ kind: 'person', personId: current.personId }),
            actorArb,
          )
        : actorArb,
    })
    .map((c) => ({
      ...c,
      ids: sequentialIds('fuzz'),
      ...(current ? { records: recordsFor(current.serviceId, current.personId, c.actor) } : {}),
    }));

const referralCommandCase = referralArb.chain((r) =>
  fc.tuple(fc.constant(r), referralCommandArb, referralContextArb(r)),
);

/**
 * A driven referral: created, then random commands applied (rejected ones leave no trace).
 * Gives a real event history (as stored, so as JSON) and the last accepted step.
 */
const drivenReferralArb = fc
  .tuple(
    newReferralArb,
    referralContextArb(),
    fc.array(fc.tuple(referralCommandArb, actorArb), { maxLength: 10 }),
    referralCommandCase,
  )
  .map(([input, context, commands, fallback]) => {
    const withRecords = (actor: Actor): referral.Context => ({
      ...context,
      actor,
      records: recordsFor(input.serviceId, input.personId, actor),
    });
    const created = referral.create(input, withRecords(context.actor));
    if (!created.ok) return { events: [], step: fallback };
    let current = created.value.referral;
    const events = [...created.value.events];
    let step: readonly unknown[] = fallback;
    // Each command is tried by the referrer, the person and a random actor.
    for (const [c, actor] of commands) {
      for (const who of [
        current.referrer,
        { kind: 'person', personId: current.personId } as Actor,
        actor,
      ]) {
        const ctx = withRecords(who);
        const next = referral.transition(current, c, ctx);
        if (next.ok) {
          step = [current, c, ctx];
          current = next.value.referral;
          events.push(...next.value.events);
          break;
        }
      }
    }
    return { events: JSON.parse(JSON.stringify(events)) as unknown[], step };
  });
const referralHistoryArb = drivenReferralArb.map((d) => [d.events]);

/** Referral commands, replay and upcasts. */
export const referralEntries: EntryPoint[] = [
  referrals.call(
    {
      name: 'referral.create',
      // The context carries the records of the new referral's service and person, so the fuzz
      // reaches past the authorisation check.
      valid: newReferralArb.chain((input) =>
        fc
          .tuple(fc.constant(input), referralContextArb())
          .map(([i, c]) => [i, { ...c, records: recordsFor(i.serviceId, i.personId, c.actor) }]),
      ),
      outside: [0, 1],
    },
    spread(referral.create),
  ),
  referrals.call(
    { name: 'referral.transition', valid: drivenReferralArb.map((d) => d.step), outside: [1, 2] },
    spread(referral.transition),
  ),
  referrals.call({ name: 'referral.replay', valid: referralHistoryArb }, spread(referral.replay)),
  referrals.call(
    { name: 'referral.upcastReferral', valid: referralArb.map((r) => [r]) },
    spread(referral.upcastReferral),
  ),
  referrals.call(
    {
      name: 'referral.upcastReferralEvent',
      valid: referralHistoryArb.map(([events]) => [(events as unknown[])[0] ?? {}]),
    },
    spread(referral.upcastReferralEvent),
  ),
  referrals.call(
    {
      name: 'referral.allowedCommands',
      valid: referralCommandCase.map(([r, , c]) => [
        r,
        { now: c.now, actor: c.actor, records: c.records },
      ]),
      outside: [1],
      typedError: 'total',
    },
    spread(referral.allowedCommands),
  ),
  referrals.call(
    {
      name: 'referral.partiesOf',
      valid: referralCommandCase.map(([r, , c]) => [
        r,
        { now: c.now, actor: c.actor, records: c.records },
      ]),
      outside: [1],
      typedError: 'total',
    },
    spread(referral.partiesOf),
  ),
];

/** A programme with enrolments in it, and a context during the course. */
export const programmeCase = programmeArb.chain((programme: Programme) =>
  fc.tuple(
    fc.constant(programme),
    fc.array(
      enrolmentArb.map((e) => ({ ...e, programmeId: programme.id, tenantId: programme.tenantId })),
      {
        maxLength: 4,
      },
    ),
    fc
      .record({
        now: fc.constant(programme.sessions[0]?.start ?? '2026-01-01T00:00:00Z'),
        actor: actorArb,
      })
      .map((c) => ({
        ...c,
        ids: sequentialIds('fuzz'),
        records: {
          ...recordsFor(programme.serviceId, 'person-fuzz' as Referral['personId'], c.actor),
          person: undefined,
        },
      })),
  ),
);

/** An enrolment of the programme, a command on it, and the enrolment context. */
const enrolmentCase = programmeCase.chain(([p, es, c]) =>
  enrolmentCommandArb.map((command) => [
    es[0] ?? {},
    command,
    { ...c, programme: p, enrolments: es },
  ]),
);

/** Programme (course) commands and upcasts. */
export const programmeEntries: EntryPoint[] = [
  programmes.call(
    { name: 'programme.transition', valid: enrolmentCase, outside: [1, 2] },
    spread(programme.transition),
  ),
  programmes.call(
    {
      name: 'programme.allowedCommands',
      valid: enrolmentCase.map(([e, , c]) => [e, c]),
      outside: [1],
      typedError: 'total',
    },
    spread(programme.allowedCommands),
  ),
  programmes.call(
    {
      name: 'programme.partiesOf',
      valid: programmeCase.map(([, , c]) => [c]),
      typedError: 'total',
    },
    spread(programme.partiesOf),
  ),
  programmes.call(
    {
      name: 'programme.enrol',
      valid: programmeCase.chain(([p, es, c]) => enrolmentRequestArb.map((r) => [p, es, r, c])),
      outside: [2, 3],
    },
    spread(programme.enrol),
  ),
  programmes.call(
    {
      name: 'programme.recordAttendance',
      valid: programmeCase.chain(([p, es, c]) =>
        attendanceRecordArb.map((r) => [
          p,
          es[0] ?? {},
          { ...r, sessionId: p.sessions[0]?.id ?? r.sessionId },
          // The enrolled person is in the records, so the fuzz reaches past authorisation.
          es[0]
            ? { ...c, records: { ...c.records, person: { id: es[0].personId, carers: [] } } }
            : c,
        ]),
      ),
      outside: [2, 3],
    },
    spread(programme.recordAttendance),
  ),
  programmes.call(
    {
      name: 'programme.withdraw',
      valid: programmeCase.chain(([p, es, c]) =>
        fc
          .option(textArb(40), { nil: undefined })
          .map((reason) => [p, es, es[0]?.id ?? 'none', c, reason]),
      ),
      outside: [2, 3, 4],
    },
    spread(programme.withdraw),
  ),
  programmes.call(
    {
      name: 'programme.closeEnrolment',
      valid: programmeCase.map(([p, es, c]) => [p, es[0] ?? {}, c]),
      outside: [2],
    },
    spread(programme.closeEnrolment),
  ),
  programmes.call(
    { name: 'programme.closeProgramme', valid: programmeCase, outside: [2] },
    spread(programme.closeProgramme),
  ),
  programmes.call(
    { name: 'programme.fillPlaces', valid: programmeCase, outside: [2], typedError: 'total' },
    spread(programme.fillPlaces),
  ),
  programmes.call(
    { name: 'programme.upcastProgramme', valid: programmeArb.map((p) => [p]) },
    spread(programme.upcastProgramme),
  ),
  programmes.call(
    { name: 'programme.upcastEnrolment', valid: enrolmentArb.map((e) => [e]) },
    spread(programme.upcastEnrolment),
  ),
];
