import fc from 'fast-check';
import type {
  Attendance,
  AttendanceRecord,
  CompletionRule,
  Enrolment,
  EnrolmentCommand,
  EnrolmentRequest,
  EnrolmentStatus,
  EnrolmentStatusChange,
  Programme,
  ProgrammeSession,
} from '../referral/index.js';
import { ProgrammeSessionKindSchema } from '../referral/programme.js';
import type { IsoInstant } from '../shared/time-values.js';
import {
  actorArb,
  isoInstantArb,
  personIdArb,
  recordIdArb,
  tenantIdArb,
  textArb,
} from './shared.js';

const MS_2020 = Date.UTC(2020, 0, 1);
const MS_2035 = Date.UTC(2035, 0, 1);
const toInstant = (ms: number): IsoInstant => `${new Date(ms).toISOString().slice(0, 19)}Z`;

/** Weekly sessions of one to three hours, with unique ids. */
export const programmeSessionsArb = (
  minLength = 1,
  maxLength = 8,
): fc.Arbitrary<ProgrammeSession[]> =>
  fc.integer({ min: minLength, max: maxLength }).chain((n) =>
    fc
      .tuple(
        fc.uniqueArray(recordIdArb, { minLength: n, maxLength: n }),
        fc.integer({ min: MS_2020 / 60_000, max: MS_2035 / 60_000 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n }),
        fc.array(fc.option(textArb(40), { nil: undefined }), { minLength: n, maxLength: n }),
        fc.array(fc.constantFrom(...ProgrammeSessionKindSchema.options), {
          minLength: n,
          maxLength: n,
        }),
      )
      .map(([ids, startMinute, hours, titles, kinds]) =>
        ids.map((id, i): ProgrammeSession => {
          const start = startMinute * 60_000 + i * 7 * 86_400_000;
          const session: ProgrammeSession = {
            id,
            kind: kinds[i] ?? 'workshop',
            start: toInstant(start),
            end: toInstant(start + (hours[i] ?? 1) * 3_600_000),
          };
          const title = titles[i];
          if (title !== undefined) session.title = title;
          return session;
        }),
      ),
  );

/** A completion rule valid for `sessions`. */
export const completionRuleArb = (
  sessions: readonly ProgrammeSession[],
): fc.Arbitrary<CompletionRule> =>
  fc.oneof(
    fc.constant<CompletionRule>({ kind: 'all-attended' }),
    fc
      .tuple(
        fc.integer({ min: 1, max: sessions.length }),
        fc.option(fc.subarray(sessions.map((s) => s.id)), { nil: undefined }),
      )
      .map(
        ([minimum, required]): CompletionRule =>
          required === undefined
            ? { kind: 'minimum-attended', minimum }
            : { kind: 'minimum-attended', minimum, required },
      ),
  );

/** A programme (a course of sessions). */
export const programmeArb: fc.Arbitrary<Programme> = programmeSessionsArb().chain((sessions) =>
  fc.record(
    {
      schemaVersion: fc.constant(2 as const),
      id: recordIdArb,
      tenantId: tenantIdArb,
      serviceId: recordIdArb,
      title: textArb(60),
      description: textArb(120),
      sessions: fc.constant(sessions),
      capacity: fc.integer({ min: 1, max: 40 }),
      waitingListLimit: fc.integer({ min: 0, max: 40 }),
      completionRule: completionRuleArb(sessions),
    },
    {
      requiredKeys: [
        'schemaVersion',
        'id',
        'tenantId',
        'serviceId',
        'title',
        'sessions',
        'capacity',
        'completionRule',
      ],
    },
  ),
);

/** An enrolment status. */
export const enrolmentStatusArb: fc.Arbitrary<EnrolmentStatus> = fc.constantFrom(
  'enrolled',
  'waiting-listed',
  'withdrawn',
  'completed',
  'not-completed',
);

const attendanceArb: fc.Arbitrary<Attendance> = fc.record({
  sessionId: recordIdArb,
  status: fc.constantFrom('attended', 'absent', 'apologies'),
  recordedAt: isoInstantArb,
  recordedBy: actorArb,
});

const enrolmentChangeArb: fc.Arbitrary<EnrolmentStatusChange> = fc.record(
  { status: enrolmentStatusArb, at: isoInstantArb, actor: actorArb, reason: textArb(40) },
  { requiredKeys: ['status', 'at', 'actor'] },
);

/** An enrolment (structurally valid; attendance has one entry per session). */
export const enrolmentArb: fc.Arbitrary<Enrolment> = fc.record(
  {
    schemaVersion: fc.constant(1 as const),
    id: recordIdArb,
    tenantId: tenantIdArb,
    programmeId: recordIdArb,
    personId: personIdArb,
    referralId: recordIdArb,
    status: enrolmentStatusArb,
    queueNumber: fc.integer({ min: 1, max: 1000 }),
    attendance: fc.uniqueArray(attendanceArb, { maxLength: 6, selector: (a) => a.sessionId }),
    history: fc.array(enrolmentChangeArb, { minLength: 1, maxLength: 4 }),
    createdAt: isoInstantArb,
    updatedAt: isoInstantArb,
  },
  {
    requiredKeys: [
      'schemaVersion',
      'id',
      'tenantId',
      'programmeId',
      'personId',
      'status',
      'queueNumber',
      'attendance',
      'history',
      'createdAt',
      'updatedAt',
    ],
  },
);
/** A request for a place on a programme. */
export const enrolmentRequestArb: fc.Arbitrary<EnrolmentRequest> = fc.record(
  { personId: personIdArb, referralId: recordIdArb },
  { requiredKeys: ['personId'] },
);

/** Attendance to record for a session. */
export const attendanceRecordArb: fc.Arbitrary<AttendanceRecord> = fc.record(
  {
    sessionId: recordIdArb,
    status: fc.constantFrom('attended', 'absent', 'apologies'),
    correction: fc.boolean(),
  },
  { requiredKeys: ['sessionId', 'status'] },
);

/** A command on one enrolment. */
export const enrolmentCommandArb: fc.Arbitrary<EnrolmentCommand> = fc.oneof(
  fc
    .option(textArb(60), { nil: undefined })
    .map(
      (reason): EnrolmentCommand =>
        reason === undefined ? { type: 'withdraw' } : { type: 'withdraw', reason },
    ),
  attendanceRecordArb.map((record): EnrolmentCommand => ({ ...record, type: 'record-attendance' })),
  fc.constantFrom<EnrolmentCommand>(
    { type: 'complete' },
    { type: 'mark-not-completed' },
    { type: 'promote' },
  ),
);
