import * as act from '@livewell/activation';
import { completeResponsesArb } from '@livewell/activation/laws';
import * as cp from '@livewell/care-plan';
import {
  type PractitionerId,
  parsePersonAssessment,
  type RecordId,
  subjectKindOfInstrument,
  type TenantId,
} from '@livewell/core';
import {
  anyAssessmentArb,
  enrolmentCommandArb,
  goalArb,
  isoInstantArb,
  licensedResultArb,
  practiceAssessmentArb,
  practitionerAssessmentArb,
  practitionerPlaceArb,
  practitionerPlaceEventArb,
  recordIdArb,
  referralArb,
  timeZoneArb,
} from '@livewell/core/testing';
import * as ps from '@livewell/peer-support';
import * as orukApi from '@livewell/peer-support/oruk';
import fc from 'fast-check';
import { drivenArb } from './care-plan.js';
import { entriesOf, spread } from './define.js';
import type { EntryPoint } from './entry.js';
import { programmeCase } from './referral-programme.js';

const tenantId = 'tenant-1' as TenantId;
const typed = { domain: 'typed', typedError: 'total' } as const;
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const plans = entriesOf('@livewell/care-plan', 'journey', 'result');
const activation = entriesOf('@livewell/activation', 'journey', 'result');
const peer = entriesOf('@livewell/peer-support', 'journey', 'result');
const oruk = entriesOf('@livewell/peer-support/oruk', 'journey', 'result');
const practiceSide = entriesOf('@livewell/activation', 'practice', 'result');
const places = entriesOf('@livewell/peer-support', 'practice', 'result');
const coreSide = entriesOf('@livewell/core', 'practice', 'result');

const templates = [cp.copdReview, cp.type2DiabetesAnnualReview];
const directory = ps.exampleDirectory(tenantId, '2026-01-01');
const orukDirectory = orukApi.orukApiDirectory({
  ...directory,
  window: { from: '2026-09-01', until: '2026-12-31' },
} as never);

/** A session of the example directory's first service, and capacity events on it. */
const sessionRef = {
  serviceId: directory.services[0]?.id ?? ('svc' as RecordId),
  scheduleId: 'sch-1' as RecordId,
  start: '2026-10-06T09:00:00Z',
};
const capacityEventArb = fc.oneof(
  fc.record({
    kind: fc.constant('booked' as const),
    session: fc.constant(sessionRef),
    bookingId: recordIdArb,
    source: fc.constantFrom('referral' as const, 'enrolment' as const),
    places: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    kind: fc.constant('cancelled' as const),
    session: fc.constant(sessionRef),
    bookingId: recordIdArb,
  }),
  fc.record({
    kind: fc.constant('no-show' as const),
    session: fc.constant(sessionRef),
    bookingId: recordIdArb,
  }),
  fc.record({
    kind: fc.constant('drop-ins' as const),
    session: fc.constant(sessionRef),
    count: fc.integer({ min: 1, max: 10 }),
  }),
);

/** A fake ORUK API: the listing page and every service payload are the fuzzed arguments. */
const syncAgainst = (page: unknown, service: unknown) =>
  orukApi.syncOrukApi({
    baseUrl: 'https://directory.example.org/api',
    tenantId,
    fetch: async (url) => ({
      ok: true,
      status: 200,
      json: async () => (url.includes('/services?') ? page : service),
    }),
    store: { put: async () => undefined, withdraw: async () => undefined },
    maxPages: 3,
  });
const hsdsServiceArb = fc.constantFrom(...directory.services).map((service) =>
  wire(
    orukApi.toHsdsService(service, {
      locations: directory.locations,
      window: { from: '2026-09-01', until: '2026-12-31' },
    }).service,
  ),
);

/** The journey (issue 17) and interop (issue 13) additions: templates, goal measures, ONS4, tailoring, need vocabulary, capacity, referral outcomes, the ORUK API. */
export const journeyEntries: EntryPoint[] = [
  plans.call(
    {
      name: 'applyTemplate',
      valid: fc
        .tuple(drivenArb, fc.constantFrom(...templates))
        .map(([d, template]) => [d.step[0], template, d.step[2], {}]),
      outside: [1, 2, 3],
    },
    spread(cp.applyTemplate),
  ),
  plans.call(
    {
      name: 'measurementFromAssessment',
      valid: fc.tuple(goalArb, anyAssessmentArb),
      outside: [1],
    },
    spread(cp.measurementFromAssessment),
  ),
  plans.call(
    {
      ...typed,
      name: 'goalProgress',
      valid: fc.tuple(drivenArb, isoInstantArb, timeZoneArb).chain(([d, now, zone]) => {
        const plan = d.step[0] as { goals?: readonly unknown[]; actionPlans?: unknown };
        return fc.constant([plan, plan.goals?.[0] ?? {}, now, zone]);
      }),
      outside: [2, 3],
    },
    spread(cp.goalProgress),
  ),
  plans.call(
    {
      ...typed,
      name: 'measuredGoalProgress',
      valid: fc
        .tuple(drivenArb, isoInstantArb, timeZoneArb)
        .map(([d, now, zone]) => [d.step[0], now, zone]),
      outside: [1, 2],
    },
    spread(cp.measuredGoalProgress),
  ),
  activation.call(
    {
      ...typed,
      name: 'ons4Band',
      valid: fc.tuple(
        fc.constantFrom('life-satisfaction', 'worthwhile', 'happiness', 'anxiety'),
        fc.integer({ min: 0, max: 10 }),
      ),
      outside: [0, 1],
    },
    spread(act.ons4Band),
  ),
  activation.call(
    {
      ...typed,
      name: 'chunkContent',
      valid: fc.tuple(
        fc.lorem({ maxCount: 40, mode: 'sentences' }),
        fc.constantFrom('brief', 'detailed', 'standard'),
      ),
      outside: [0, 1],
    },
    spread(act.chunkContent),
  ),
  peer.call(
    {
      name: 'parseNeedVocabulary',
      valid: fc.constant([wire(ps.defaultNeedVocabulary)]),
      typedError: 'result',
    },
    spread(ps.parseNeedVocabulary),
  ),
  peer.call(
    {
      ...typed,
      name: 'matchNeeds',
      valid: fc.tuple(fc.constantFrom('lose weight', 'feel less alone', 'walk more')),
    },
    (a) => ps.matchNeeds(a[0] as string),
  ),
  peer.call(
    {
      name: 'applyCapacityEvent',
      valid: fc.tuple(fc.constant({}), capacityEventArb, fc.integer({ min: 0, max: 60 })),
      outside: [1, 2],
    },
    spread(ps.applyCapacityEvent),
  ),
  peer.call(
    {
      name: 'applyToSession',
      valid: fc.tuple(
        fc.constant(sessionRef).map((session) => {
          const opened = ps.openSessionPlaces('tenant-1' as TenantId, session, 60);
          return opened.ok ? opened.value : {};
        }),
        capacityEventArb,
      ),
      outside: [1],
    },
    spread(ps.applyToSession),
  ),
  peer.call(
    {
      name: 'openSession',
      valid: fc.tuple(fc.constant(sessionRef), fc.integer({ min: 0, max: 60 })),
      outside: [0, 1],
    },
    spread(ps.openSession),
  ),
  peer.call(
    {
      name: 'openSessionPlaces',
      valid: fc.tuple(
        fc.constant('tenant-1'),
        fc.constant(sessionRef),
        fc.integer({ min: 0, max: 60 }),
      ),
      outside: [1, 2],
    },
    spread(ps.openSessionPlaces),
  ),
  peer.call(
    {
      name: 'sessionsWithPlacesFree',
      valid: fc
        .tuple(isoInstantArb, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 3 }))
        .map(([from, days, wanted]) => [
          directory.services,
          {},
          {
            from,
            until: new Date(Date.parse(from) + days * 86_400_000).toISOString(),
            places: wanted,
          },
          {},
        ]),
      outside: [2, 3],
    },
    spread(ps.sessionsWithPlacesFree),
  ),
  peer.call(
    {
      name: 'referral.outcomeSummary',
      valid: referralArb.map((r) => [r, {}]),
      outside: [1],
    },
    spread(ps.referral.outcomeSummary),
  ),
  oruk.call(
    {
      name: 'readServiceQuery',
      valid: fc
        .record(
          {
            page: fc.nat(20).map(String),
            per_page: fc.nat(200).map(String),
            text: fc.string(),
            postcode: fc.constant('LS6 2AA'),
          },
          { requiredKeys: [] },
        )
        .map((q) => [q]),
    },
    spread(orukApi.readServiceQuery),
  ),
  oruk.call(
    {
      name: 'getService',
      domain: 'typed',
      valid: fc
        .constantFrom(...orukDirectory.entries.map((e) => e.oruk.id))
        .map((id) => [orukDirectory, id]),
      outside: [1],
    },
    spread(orukApi.getService),
  ),
  oruk.call(
    {
      name: 'getTaxonomyTerm',
      domain: 'typed',
      valid: fc.tuple(fc.constant(orukDirectory), fc.string()),
      outside: [1],
    },
    spread(orukApi.getTaxonomyTerm),
  ),
  oruk.call(
    {
      ...typed,
      name: 'pageOf',
      valid: fc.tuple(
        fc.constant([1, 2, 3]),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 50 }),
      ),
      outside: [1, 2],
    },
    spread(orukApi.pageOf),
  ),
  oruk.call(
    {
      name: 'syncOrukApi',
      valid: hsdsServiceArb.map((service) => [
        {
          total_items: 1,
          total_pages: 1,
          page_number: 1,
          contents: [{ id: (service as { id: string }).id }],
        },
        service,
      ]),
      outside: [0, 1],
      typedError: 'async-result',
    },
    (a) => syncAgainst(a[0], a[1]),
  ),
];

const practiceContextArb = fc.record({
  id: recordIdArb,
  tenantId: fc.constant('tenant-1'),
  practiceId: recordIdArb,
  completedAt: isoInstantArb,
});
const practitionerContextArb = fc.record({
  id: recordIdArb,
  tenantId: fc.constant('tenant-1'),
  practitionerId: recordIdArb,
  completedAt: isoInstantArb,
});
const subjectAssessmentArb = fc.oneof(practitionerAssessmentArb, practiceAssessmentArb);

/** Practitioners and practices (issue 16): their assessments, the report, development places. */
export const practiceSideEntries: EntryPoint[] = [
  coreSide.call(
    { name: 'parsePersonAssessment', valid: anyAssessmentArb.map((a) => [wire(a)]) },
    spread(parsePersonAssessment),
  ),
  coreSide.call(
    {
      ...typed,
      name: 'subjectKindOfInstrument',
      valid: fc.constantFrom(['pam-13'], ['cs-pam'], ['practice-readiness']),
    },
    (a) => subjectKindOfInstrument(a[0] as string),
  ),
  practiceSide.call(
    {
      name: 'assessPractice',
      valid: fc
        .tuple(completeResponsesArb(act.practiceReadiness), practiceContextArb)
        .map(([responses, context]) => [act.practiceReadiness, responses, context]),
      outside: [1, 2],
    },
    spread(act.assessPractice),
  ),
  practiceSide.call(
    {
      name: 'recordPractitionerResult',
      valid: fc
        .tuple(licensedResultArb, practitionerContextArb)
        .map(([result, context]) => [
          act.csPam,
          wire({ ...result, instrument: { ...result.instrument, id: act.csPam.id } }),
          context,
        ]),
      outside: [1, 2],
    },
    spread(act.recordPractitionerResult),
  ),
  practiceSide.call(
    {
      name: 'checkLicensedResult',
      valid: licensedResultArb.map((result) => [
        act.csPam,
        wire({ ...result, instrument: { ...result.instrument, id: act.csPam.id } }),
        'practitioner',
      ]),
      outside: [1],
    },
    spread(act.checkLicensedResult),
  ),
  practiceSide.call(
    {
      name: 'compareSubjectAssessments',
      valid: fc.tuple(subjectAssessmentArb, subjectAssessmentArb, fc.constant({})),
      outside: [2],
    },
    spread(act.compareSubjectAssessments),
  ),
  practiceSide.call(
    {
      ...typed,
      name: 'subjectTrends',
      valid: fc.tuple(
        fc.array(subjectAssessmentArb, { maxLength: 4 }),
        fc.constantFrom('cs-pam', 'practice-readiness'),
      ),
      outside: [1],
    },
    (a) => act.subjectTrends(a[0] as never, a[1] as string),
  ),
  places.call(
    {
      name: 'programme.enrolPractitioner',
      valid: programmeCase.map(([p, , c]) => [
        p,
        [],
        { practitionerId: 'pr-fuzz' as PractitionerId, skills: ['health-coaching'] },
        c,
      ]),
      outside: [2, 3],
    },
    spread(ps.programme.enrolPractitioner),
  ),
  places.call(
    {
      name: 'programme.replayPlace',
      valid: fc.array(practitionerPlaceEventArb, { maxLength: 3 }).map((es) => [wire(es)]),
    },
    spread(ps.programme.replayPlace),
  ),
  places.call(
    {
      name: 'programme.transitionPlace',
      valid: fc
        .tuple(programmeCase, practitionerPlaceArb, enrolmentCommandArb)
        .map(([[p, , c], place, command]) => [
          { ...place, programmeId: p.id, tenantId: p.tenantId },
          command,
          { ...c, programme: p, places: [{ ...place, programmeId: p.id, tenantId: p.tenantId }] },
        ]),
      outside: [1, 2],
    },
    spread(ps.programme.transitionPlace),
  ),
  places.call(
    {
      name: 'programme.withdrawPractitioner',
      valid: fc
        .tuple(programmeCase, practitionerPlaceArb)
        .map(([[p, , c], place]) => [p, [place], place.id, c, 'moved practice']),
      outside: [2, 3, 4],
    },
    spread(ps.programme.withdrawPractitioner),
  ),
];
