import { type Actor, type Programme, type Referral, sequentialIds } from '@livewell/core';
import {
  actorArb,
  attendanceRecordArb,
  enrolmentArb,
  enrolmentRequestArb,
  isoInstantArb,
  newReferralArb,
  programmeArb,
  referralArb,
  referralCommandArb,
  textArb,
} from '@livewell/core/testing';
import * as ps from '@livewell/peer-support';
import fc from 'fast-check';
import { entriesOf, spread } from './define.js';
import type { EntryPoint } from './entry.js';

const referrals = entriesOf('@livewell/peer-support', 'referral', 'result');
const programmes = entriesOf('@livewell/peer-support', 'programme', 'result');
const sideArb = fc.constantFrom('referrer' as const, 'service' as const);

/** A context whose actor is one of the referral's parties or anyone, acting for either side. */
const referralContextArb = (referral?: Referral) =>
  fc
    .record({
      now: isoInstantArb,
      actor: referral
        ? fc.oneof(
            fc.constant<Actor>(referral.referrer),
            fc.constant<Actor>({ kind: 'person', personId: referral.personId }),
            actorArb,
          )
        : actorArb,
      side: sideArb,
    })
    .map((c) => ({ ...c, ids: sequentialIds('fuzz') }));

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
    fc.array(fc.tuple(referralCommandArb, actorArb, sideArb), { maxLength: 10 }),
    referralCommandCase,
  )
  .map(([input, context, commands, fallback]) => {
    const created = ps.createReferral(input, context);
    if (!created.ok) return { events: [], step: fallback };
    let referral = created.value.referral;
    const events = [...created.value.events];
    let step: readonly unknown[] = fallback;
    // Each command is tried by the referrer, the person and a random actor, for either side.
    for (const [c, actor, side] of commands) {
      for (const who of [
        referral.referrer,
        { kind: 'person', personId: referral.personId },
        actor,
      ]) {
        const ctx = { ...context, actor: who as Actor, side };
        const next = ps.transitionReferral(referral, c, ctx);
        if (next.ok) {
          step = [referral, c, ctx];
          referral = next.value.referral;
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
      name: 'createReferral',
      valid: fc.tuple(newReferralArb, referralContextArb()),
      outside: [0, 1],
    },
    spread(ps.createReferral),
  ),
  referrals.call(
    { name: 'transitionReferral', valid: drivenReferralArb.map((d) => d.step), outside: [1, 2] },
    spread(ps.transitionReferral),
  ),
  referrals.call({ name: 'replayReferral', valid: referralHistoryArb }, spread(ps.replayReferral)),
  referrals.call(
    { name: 'upcastReferral', valid: referralArb.map((r) => [r]) },
    spread(ps.upcastReferral),
  ),
  referrals.call(
    {
      name: 'upcastReferralEvent',
      valid: referralHistoryArb.map(([events]) => [(events as unknown[])[0] ?? {}]),
    },
    spread(ps.upcastReferralEvent),
  ),
  referrals.call(
    {
      name: 'allowedReferralCommands',
      valid: referralCommandCase.map(([r, , c]) => [r, c.actor, c.side]),
      outside: [1, 2],
      typedError: 'total',
    },
    spread(ps.allowedReferralCommands),
  ),
  referrals.call(
    {
      name: 'partiesOf',
      valid: referralCommandCase.map(([r, , c]) => [r, c.actor, c.side]),
      outside: [1, 2],
      typedError: 'total',
    },
    spread(ps.partiesOf),
  ),
  referrals.call(
    {
      name: 'findReferralTransition',
      valid: referralCommandCase.map(([r, command]) => [r, command.type]),
      outside: [1],
      typedError: 'total',
    },
    spread(ps.findReferralTransition),
  ),
];

/** A programme with enrolments in it, and a context during the course. */
const programmeCase = programmeArb.chain((programme: Programme) =>
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
      .map((c) => ({ ...c, ids: sequentialIds('fuzz') })),
  ),
);

/** Programme (course) commands and upcasts. */
export const programmeEntries: EntryPoint[] = [
  programmes.call(
    {
      name: 'enrol',
      valid: programmeCase.chain(([p, es, c]) => enrolmentRequestArb.map((r) => [p, es, r, c])),
      outside: [2, 3],
    },
    spread(ps.enrol),
  ),
  programmes.call(
    {
      name: 'recordAttendance',
      valid: programmeCase.chain(([p, es, c]) =>
        attendanceRecordArb.map((r) => [
          p,
          es[0] ?? {},
          { ...r, sessionId: p.sessions[0]?.id ?? r.sessionId },
          c,
        ]),
      ),
      outside: [2, 3],
    },
    spread(ps.recordAttendance),
  ),
  programmes.call(
    {
      name: 'withdraw',
      valid: programmeCase.chain(([p, es, c]) =>
        fc
          .option(textArb(40), { nil: undefined })
          .map((reason) => [p, es, es[0]?.id ?? 'none', c, reason]),
      ),
      outside: [2, 3, 4],
    },
    spread(ps.withdraw),
  ),
  programmes.call(
    {
      name: 'closeEnrolment',
      valid: programmeCase.map(([p, es, c]) => [p, es[0] ?? {}, c]),
      outside: [2],
    },
    spread(ps.closeEnrolment),
  ),
  programmes.call(
    { name: 'closeProgramme', valid: programmeCase, outside: [2] },
    spread(ps.closeProgramme),
  ),
  programmes.call(
    { name: 'fillPlaces', valid: programmeCase, outside: [2], typedError: 'total' },
    spread(ps.fillPlaces),
  ),
  programmes.call(
    { name: 'upcastProgramme', valid: programmeArb.map((p) => [p]) },
    spread(ps.upcastProgramme),
  ),
  programmes.call(
    { name: 'upcastEnrolment', valid: enrolmentArb.map((e) => [e]) },
    spread(ps.upcastEnrolment),
  ),
];
