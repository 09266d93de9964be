import fc from 'fast-check';
import type {
  NewReferral,
  Referral,
  ReferralCommand,
  ReferralEvent,
  ReferralNotCompletedCause,
  ReferralPath,
  ReferralReason,
  ReferralStatus,
  ReferralStatusChange,
  ResumableReferralStatus,
} from '../referral/index.js';
import { referralAcceptedCoding, referralDeclinedCoding } from '../referral/index.js';
import type { IsoInstant } from '../shared/time-values.js';
import {
  attendanceRecordArb,
  enrolmentArb,
  enrolmentCommandArb,
  enrolmentRequestArb,
  programmeArb,
} from './referral-programme.js';
import {
  actorArb,
  codingArb,
  isoInstantArb,
  personIdArb,
  recordIdArb,
  tenantIdArb,
  textArb,
} from './shared.js';

const MS_2020 = Date.UTC(2020, 0, 1);
const MS_2035 = Date.UTC(2035, 0, 1);
const toInstant = (ms: number): IsoInstant => `${new Date(ms).toISOString().slice(0, 19)}Z`;

/** A start time (whole seconds, 2020–2035) plus `count` non-negative gaps: ascending instants. */
const ascendingInstantsArb = (count: number): fc.Arbitrary<IsoInstant[]> =>
  fc
    .tuple(
      fc.integer({ min: MS_2020 / 1000, max: MS_2035 / 1000 }),
      fc.array(fc.integer({ min: 0, max: 30 * 86_400 }), { minLength: count, maxLength: count }),
    )
    .map(([start, gaps]) => {
      let s = start;
      return gaps.map((gap) => {
        s += gap;
        return toInstant(s * 1000);
      });
    });

/** How a person reached a service. */
export const referralPathArb: fc.Arbitrary<ReferralPath> = fc.constantFrom(
  'self-referral',
  'professional-referral',
  'signposting',
);

/** Why a referral closed without completing. */
export const referralNotCompletedCauseArb: fc.Arbitrary<ReferralNotCompletedCause> =
  fc.constantFrom(
    'lost-to-follow-up',
    'did-not-attend',
    'unable-to-engage',
    'withdrawn',
    'service-unavailable',
    'other',
  );

/** A referral reason: coded needs and optional free text. */
export const referralReasonArb: fc.Arbitrary<ReferralReason> = fc.record(
  { needs: fc.array(codingArb, { maxLength: 3 }), text: textArb(80) },
  { requiredKeys: ['needs'] },
);

const happyPath: readonly ReferralStatus[] = [
  'draft',
  'made',
  'contacted',
  'accepted',
  'attending',
  'completed',
];
const resumable: readonly ResumableReferralStatus[] = [
  'made',
  'contacted',
  'accepted',
  'attending',
];

/** A plausible status path: a prefix of the happy path, perhaps ending declined, closed or paused. */
const statusPathArb: fc.Arbitrary<ReferralStatus[]> = fc
  .tuple(
    fc.integer({ min: 1, max: happyPath.length }),
    fc.constantFrom<ReferralStatus | null>(
      null,
      'declined',
      'not-completed',
      'paused',
      'entered-in-error',
    ),
  )
  .map(([length, ending]) => {
    const path = happyPath.slice(0, length);
    const last = path[path.length - 1] as ReferralStatus;
    if (ending === null || last === 'completed') return path;
    if (ending === 'declined' && (last === 'made' || last === 'contacted')) path.push(ending);
    if (ending === 'not-completed' && last !== 'draft') path.push(ending);
    if (ending === 'paused' && resumable.includes(last as ResumableReferralStatus))
      path.push(ending);
    if (ending === 'entered-in-error') path.push(ending);
    return path;
  });

const needsReason = (status: ReferralStatus): boolean =>
  ['declined', 'not-completed', 'paused', 'entered-in-error'].includes(status);

/** A coherent referral: its history follows the lifecycle, with codes and `pausedFrom` to match. */
export const referralArb: fc.Arbitrary<Referral> = statusPathArb.chain((path) =>
  fc
    .record(
      {
        id: recordIdArb,
        tenantId: tenantIdArb,
        personId: personIdArb,
        serviceId: recordIdArb,
        referrer: actorArb,
        route: referralPathArb,
        reason: referralReasonArb,
        basedOn: recordIdArb,
        times: ascendingInstantsArb(path.length),
        actors: fc.array(actorArb, { minLength: path.length, maxLength: path.length }),
        reasons: fc.array(textArb(40), { minLength: path.length, maxLength: path.length }),
        cause: referralNotCompletedCauseArb,
      },
      {
        requiredKeys: [
          'id',
          'tenantId',
          'personId',
          'serviceId',
          'referrer',
          'route',
          'reason',
          'times',
          'actors',
          'reasons',
          'cause',
        ],
      },
    )
    .map(({ times, actors, reasons, cause, ...rest }): Referral => {
      const history = path.map((status, i): ReferralStatusChange => {
        const change: ReferralStatusChange = {
          status,
          at: times[i] as IsoInstant,
          actor: i === 0 ? rest.referrer : (actors[i] ?? rest.referrer),
        };
        if (needsReason(status)) change.reason = reasons[i] ?? 'no reason given';
        if (status === 'not-completed') change.cause = cause;
        return change;
      });
      const status = path[path.length - 1] as ReferralStatus;
      const referral: Referral = {
        schemaVersion: 1,
        ...rest,
        status,
        history,
        codes: [
          ...(path.includes('accepted') ? [referralAcceptedCoding] : []),
          ...(path.includes('declined') ? [referralDeclinedCoding] : []),
        ],
        createdAt: history[0]?.at as IsoInstant,
        updatedAt: history[history.length - 1]?.at as IsoInstant,
      };
      if (status === 'paused') {
        referral.pausedFrom = path[path.length - 2] as ResumableReferralStatus;
      }
      return referral;
    }),
);

const eventBaseArb = fc.record({
  schemaVersion: fc.constant(1 as const),
  id: recordIdArb,
  tenantId: tenantIdArb,
  referralId: recordIdArb,
  at: isoInstantArb,
  actor: actorArb,
});

const withReason = <T extends string>(type: T) =>
  fc
    .tuple(eventBaseArb, fc.option(textArb(40), { nil: undefined }))
    .map(([base, reason]) =>
      reason === undefined ? { type, ...base } : { type, ...base, reason },
    );

/** Any referral event (each field valid on its own; not a coherent sequence). */
export const referralEventArb: fc.Arbitrary<ReferralEvent> = fc.oneof(
  fc
    .tuple(
      eventBaseArb,
      fc.record(
        {
          personId: personIdArb,
          serviceId: recordIdArb,
          route: referralPathArb,
          reason: referralReasonArb,
          basedOn: recordIdArb,
        },
        { requiredKeys: ['personId', 'serviceId', 'route', 'reason'] },
      ),
    )
    .map(([base, rest]): ReferralEvent => ({ type: 'referral.created', ...base, ...rest })),
  withReason('referral.made'),
  withReason('referral.contacted'),
  withReason('referral.accepted').map((e) => ({ ...e, code: referralAcceptedCoding })),
  fc.tuple(eventBaseArb, textArb(40), fc.constantFrom(undefined, 'person', 'carer', 'service')).map(
    ([base, reason, declinedBy]): ReferralEvent =>
      declinedBy === undefined
        ? { type: 'referral.declined', ...base, reason, code: referralDeclinedCoding }
        : {
            type: 'referral.declined',
            ...base,
            reason,
            declinedBy,
            ...(declinedBy === 'person' ? { code: referralDeclinedCoding } : {}),
          },
  ),
  withReason('referral.attendance-started'),
  withReason('referral.completed'),
  fc.tuple(eventBaseArb, textArb(40), referralNotCompletedCauseArb).map(
    ([base, reason, cause]): ReferralEvent => ({
      type: 'referral.not-completed',
      ...base,
      reason,
      cause,
    }),
  ),
  fc
    .tuple(eventBaseArb, textArb(40))
    .map(([base, reason]): ReferralEvent => ({ type: 'referral.paused', ...base, reason })),
  fc
    .tuple(withReason('referral.resumed'), fc.constantFrom(...resumable))
    .map(([e, resumedTo]) => ({ ...e, resumedTo })),
  fc
    .tuple(eventBaseArb, textArb(40))
    .map(
      ([base, reason]): ReferralEvent => ({ type: 'referral.entered-in-error', ...base, reason }),
    ),
);

const reasonArb = textArb(60);
const maybeReason = <T extends ReferralCommand['type']>(type: T) =>
  fc
    .option(reasonArb, { nil: undefined })
    .map((reason) => (reason === undefined ? { type } : { type, reason }));

/** Any referral command (reasons present where required). */
export const referralCommandArb: fc.Arbitrary<ReferralCommand> = fc.oneof(
  maybeReason('make'),
  maybeReason('record-contact'),
  maybeReason('accept'),
  fc
    .tuple(reasonArb, fc.constantFrom(undefined, 'person', 'carer', 'service'))
    .map(
      ([reason, declinedBy]): ReferralCommand =>
        declinedBy === undefined
          ? { type: 'decline', reason }
          : { type: 'decline', reason, declinedBy },
    ),
  maybeReason('start-attending'),
  maybeReason('complete'),
  fc
    .tuple(reasonArb, referralNotCompletedCauseArb)
    .map(([reason, cause]): ReferralCommand => ({ type: 'mark-not-completed', reason, cause })),
  reasonArb.map((reason): ReferralCommand => ({ type: 'pause', reason })),
  maybeReason('resume'),
  reasonArb.map((reason): ReferralCommand => ({ type: 'enter-in-error', reason })),
);

/** A new-referral request. */
export const newReferralArb: fc.Arbitrary<NewReferral> = fc.record(
  {
    tenantId: tenantIdArb,
    personId: personIdArb,
    serviceId: recordIdArb,
    route: referralPathArb,
    reason: referralReasonArb,
    basedOn: recordIdArb,
    make: fc.boolean(),
  },
  { requiredKeys: ['tenantId', 'personId', 'serviceId', 'route', 'reason'] },
);

export {
  attendanceRecordArb,
  completionRuleArb,
  enrolmentArb,
  enrolmentCommandArb,
  enrolmentRequestArb,
  enrolmentStatusArb,
  programmeArb,
  programmeSessionsArb,
} from './referral-programme.js';

/** Arbitraries for the referral area's catalogue schemas, keyed by schema name. */
export const referralArbitraries = {
  Referral: referralArb,
  ReferralEvent: referralEventArb,
  Programme: programmeArb,
  Enrolment: enrolmentArb,
  ReferralCommand: referralCommandArb,
  NewReferral: newReferralArb,
  EnrolmentRequest: enrolmentRequestArb,
  AttendanceRecord: attendanceRecordArb,
  EnrolmentCommand: enrolmentCommandArb,
} satisfies Record<string, fc.Arbitrary<unknown>>;
