import * as act from '@livewell/activation';
import { completeResponsesArb, partialResponsesArb } from '@livewell/activation/laws';
import { ok } from '@livewell/core';
import {
  actorArb,
  assessmentArb,
  instrumentDefinitionArb,
  isoInstantArb,
  licensedResultArb,
  recordIdArb,
  timeZoneArb,
} from '@livewell/core/testing';
import fc from 'fast-check';
import { entriesOf, spread } from './define.js';
import type { EntryPoint } from './entry.js';

const scoring = entriesOf('@livewell/activation', 'activation', 'result');

const shipped = Object.values(act.shippedInstruments);
const instrumentArb = fc.oneof(fc.constantFrom(...shipped), instrumentDefinitionArb);

/** An instrument with complete or partial responses of its own items. */
const scoredInputArb = instrumentArb.chain((def) =>
  fc.tuple(fc.constant(def), fc.oneof(completeResponsesArb(def), partialResponsesArb(def))),
);

const licensed = Object.values(act.licensedInstruments);
const contextArb = fc.record({
  id: recordIdArb,
  tenantId: recordIdArb,
  personId: recordIdArb,
  completedAt: isoInstantArb,
  recordedBy: actorArb,
});

/** A licensed result as a scorer would send it, for the descriptor's own instrument. */
const licensedArb = fc
  .tuple(fc.constantFrom(...licensed), licensedResultArb, contextArb)
  .map(([descriptor, result, context]) => {
    const instrument = { ...result.instrument, id: descriptor.id };
    return [descriptor, { ...result, instrument }, context] as const;
  });

const typed = { domain: 'typed', typedError: 'total' } as const;

/** Instrument engine, licensed-result bridge, reports, and the helpers given user numbers. */
export const activationEntries: EntryPoint[] = [
  scoring.call(
    { name: 'defineInstrument', valid: instrumentArb.map((d) => [d]) },
    spread(act.defineInstrument),
  ),
  scoring.call(
    { name: 'compileInstrument', valid: instrumentArb.map((d) => [d]) },
    spread(act.compileInstrument),
  ),
  scoring.call({ name: 'score', valid: scoredInputArb, outside: [0, 1] }, spread(act.score)),
  scoring.call(
    { name: 'referenceScore', valid: scoredInputArb, outside: [0, 1] },
    spread(act.referenceScore),
  ),
  scoring.call(
    {
      name: 'assessmentFromScoring',
      valid: fc
        .tuple(scoredInputArb, contextArb)
        .map(([[def, responses], context]) => [act.score(def, responses), context]),
      outside: [0, 1],
    },
    spread(act.assessmentFromScoring),
  ),
  scoring.call(
    { name: 'compiledFor', valid: instrumentArb.map((d) => [d]), typedError: 'total' },
    spread(act.compiledFor),
  ),
  scoring.call(
    {
      name: 'readinessReport',
      valid: completeResponsesArb(act.yocPracticeChecklist).map((r) => [r]),
    },
    spread(act.readinessReport),
  ),
  scoring.call(
    {
      name: 'assessmentFromScored',
      valid: fc.tuple(scoredInputArb, contextArb).map(([[def, responses], context]) => {
        const scored = act.score(def, responses);
        return [scored.ok ? scored.value : {}, { ...context, responses }] as const;
      }),
      outside: [0, 1],
    },
    spread(act.assessmentFromScored),
  ),
  scoring.call(
    { name: 'recordLicensedResult', valid: licensedArb, outside: [1, 2] },
    spread(act.recordLicensedResult),
  ),
  scoring.call(
    {
      name: 'scoreExternally',
      // Position 0 is what the deployment's scorer sends back: outside data too.
      valid: licensedArb.map(([descriptor, result, context]) => [
        ok(result),
        descriptor,
        { instrument: result.instrument, responses: [] },
        context,
      ]),
      outside: [0, 2, 3],
      typedError: 'async-result',
    },
    (a) =>
      act.scoreExternally(
        { score: async () => a[0] as never },
        a[1] as act.LicensedInstrumentDescriptor,
        a[2] as act.ExternalScoringRequest,
        a[3] as act.LicensedResultContext,
      ),
  ),
  scoring.call(
    {
      name: 'compareAssessments',
      valid: fc.tuple(assessmentArb, assessmentArb, fc.record({ timeZone: timeZoneArb })),
      outside: [0, 1, 2],
    },
    spread(act.compareAssessments),
  ),
  scoring.call(
    {
      name: 'cohortReport',
      valid: fc.tuple(fc.array(assessmentArb, { maxLength: 4 }), fc.constant({})),
      outside: [0, 1],
    },
    spread(act.cohortReport),
  ),
  scoring.call(
    {
      name: 'utilisationByLevel',
      valid: fc.tuple(
        fc.array(assessmentArb, { maxLength: 3 }),
        fc.array(
          fc.record({
            personId: recordIdArb,
            gpAppointments: fc.nat(20),
            aeAttendances: fc.nat(5),
            emergencyAdmissions: fc.nat(3),
          }),
          { maxLength: 3 },
        ),
        fc.constant(0.95),
      ),
      outside: [1, 2],
    },
    spread(act.utilisationByLevel),
  ),
  scoring.call(
    {
      name: 'withItemText',
      valid: instrumentArb.map((d) => [d, Object.fromEntries(d.items.map((i) => [i.id, 'text']))]),
      outside: [1],
    },
    spread(act.withItemText),
  ),
  scoring.call(
    {
      ...typed,
      name: 'levelUnderCutPoints',
      valid: fc.tuple(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(...Object.values(act.pamCutPointSets)),
      ),
    },
    spread(act.levelUnderCutPoints),
  ),
  ...Object.entries({
    roundTo: act.roundTo,
    sameScore: act.sameScore,
    resolveCircledAnswers: act.resolveCircledAnswers,
  }).map(([name, fn]) =>
    scoring.call(
      { ...typed, name, valid: fc.tuple(fc.double({ noNaN: true }), fc.nat(4)), outside: [0, 1] },
      spread(fn),
    ),
  ),
  scoring.call({ ...typed, name: 'stepOf', valid: fc.tuple(fc.nat(4)) }, spread(act.stepOf)),
  scoring.call(
    { ...typed, name: 'spreadOf', valid: fc.tuple(fc.array(fc.double({ noNaN: true }))) },
    spread(act.spreadOf),
  ),
  scoring.call(
    {
      ...typed,
      name: 'poissonRateRatio',
      valid: fc.tuple(fc.nat(50), fc.nat(50), fc.nat(50), fc.nat(50), fc.constant(0.95)),
      outside: [0, 1, 2, 3, 4],
    },
    spread(act.poissonRateRatio),
  ),
  scoring.call(
    {
      ...typed,
      name: 'wholeMonthsBetween',
      valid: fc.tuple(isoInstantArb, isoInstantArb, timeZoneArb),
      outside: [0, 1, 2],
    },
    spread(act.wholeMonthsBetween),
  ),
  scoring.call(
    {
      ...typed,
      name: 'withinMonths',
      valid: fc.tuple(isoInstantArb, isoInstantArb, fc.constant(3), fc.constant(9), timeZoneArb),
      outside: [0, 1, 4],
    },
    spread(act.withinMonths),
  ),
];
