import * as core from '@livewell/core';
import { schemaCatalogue } from '@livewell/core';
import {
  actorArb,
  assessmentArb,
  carePlanCommandArb,
  carePlanPolicyArb,
  catalogueArbitraries,
  isoDateArb,
  isoInstantArb,
  localTimeArb,
  practitionerMembershipArb,
  serviceArb,
  timeZoneArb,
  trustedSystemArb,
} from '@livewell/core/testing';
import fc from 'fast-check';
import { entriesOf, spread } from './define.js';
import type { EntryPoint } from './entry.js';

const parse = entriesOf('@livewell/core', 'core-parse', 'result');
const time = entriesOf('@livewell/core', 'core-time', 'total');
/** Calendar and zone helpers take plain strings and numbers: fuzzed with any such value. */
const typed = { domain: 'typed' } as const;

/** Every `parseX` of core, one per schema of `schemaCatalogue`, fed its own arbitrary mutated. */
export const coreParsers: EntryPoint[] = Object.keys(schemaCatalogue).map((schema) => {
  const name = `parse${schema}`;
  const fn: unknown = (core as Record<string, unknown>)[name];
  const arb = catalogueArbitraries[schema as keyof typeof catalogueArbitraries];
  if (typeof fn !== 'function' || !arb) {
    throw new Error(`core schema ${schema} has no ${name} or no arbitrary in core/testing`);
  }
  return parse.call({ name, valid: arb.map((v) => [v]) }, (args) => fn(args[0]));
});

/** A command context as callers build it: now, actor, id generator (and the per-kind parts). */
const commandContextArb = fc
  .record({ now: isoInstantArb, actor: actorArb })
  .map((c) => ({ ...c, ids: core.sequentialIds('fuzz') }));
const recordsArb = fc.record({
  service: serviceArb.map((s) => ({ id: s.id, organisationId: s.organisationId })),
  person: fc.record({ id: fc.constant('person-1'), carers: fc.constant([]) }),
  memberships: fc.array(practitionerMembershipArb, { maxLength: 3 }),
  systems: fc.array(trustedSystemArb, { maxLength: 2 }),
});
const withRecords = fc
  .tuple(commandContextArb, recordsArb)
  .map(([context, records]) => [{ ...context, records }]);

/** Core's context and record parsers that are not in `schemaCatalogue`, and its guards. */
export const coreBoundary: EntryPoint[] = [
  parse.call(
    {
      name: 'parseCarePlanContext',
      valid: fc
        .tuple(commandContextArb, carePlanPolicyArb, timeZoneArb)
        .map(([context, policy, timeZone]) => [{ ...context, policy, timeZone }]),
    },
    spread(core.parseCarePlanContext),
  ),
  parse.call(
    { name: 'parseReferralContext', valid: withRecords },
    spread(core.parseReferralContext),
  ),
  parse.call(
    { name: 'parseProgrammeContext', valid: withRecords },
    spread(core.parseProgrammeContext),
  ),
  parse.call(
    { name: 'parseScoredAssessment', valid: assessmentArb.map((a) => [a]) },
    spread(core.parseScoredAssessment),
  ),
  parse.call(
    { name: 'readPlainJson', valid: fc.tuple(fc.jsonValue(), fc.constant('Value')) },
    spread(core.readPlainJson),
  ),
  time.call({ name: 'isTimeZone', valid: fc.tuple(timeZoneArb) }, spread(core.isTimeZone)),
  time.call(
    { name: 'isParsedCarePlanCommand', valid: carePlanCommandArb.map((c) => [c]) },
    spread(core.isParsedCarePlanCommand),
  ),
];

const holidays = fc.array(isoDateArb, { maxLength: 4 });
const days = fc.integer({ min: -400, max: 400 });

/** Core's calendar and zone helpers: plain strings in, so any string may arrive. */
export const coreTime: EntryPoint[] = [
  time.call(
    { ...typed, name: 'addCalendarDays', valid: fc.tuple(isoDateArb, days), outside: [0, 1] },
    spread(core.addCalendarDays),
  ),
  time.call(
    {
      ...typed,
      name: 'calendarDaysBetween',
      valid: fc.tuple(isoDateArb, isoDateArb),
      outside: [0, 1],
    },
    spread(core.calendarDaysBetween),
  ),
  time.call({ ...typed, name: 'isoWeekday', valid: fc.tuple(isoDateArb) }, spread(core.isoWeekday)),
  time.call(
    {
      ...typed,
      name: 'addWorkingDays',
      valid: fc.tuple(isoDateArb, days, holidays),
      outside: [0, 1, 2],
    },
    spread(core.addWorkingDays),
  ),
  time.call({ ...typed, name: 'isWeekend', valid: fc.tuple(isoDateArb) }, spread(core.isWeekend)),
  time.call(
    { ...typed, name: 'isWorkingDay', valid: fc.tuple(isoDateArb, holidays), outside: [0, 1] },
    spread(core.isWorkingDay),
  ),
  time.call(
    {
      ...typed,
      name: 'workingDayOnOrBefore',
      valid: fc.tuple(isoDateArb, holidays),
      outside: [0, 1],
    },
    spread(core.workingDayOnOrBefore),
  ),
  time.call(
    { ...typed, name: 'msToInstant', valid: fc.tuple(fc.integer({ min: 0, max: 2 ** 42 })) },
    spread(core.msToInstant),
  ),
  time.call(
    { ...typed, name: 'localDateOf', valid: fc.tuple(isoInstantArb, timeZoneArb), outside: [0, 1] },
    spread(core.localDateOf),
  ),
  time.call(
    { ...typed, name: 'localTimeOf', valid: fc.tuple(isoInstantArb, timeZoneArb), outside: [0, 1] },
    spread(core.localTimeOf),
  ),
  time.call(
    {
      ...typed,
      name: 'zonedInstant',
      valid: fc.tuple(isoDateArb, localTimeArb, timeZoneArb),
      outside: [0, 1, 2],
    },
    spread(core.zonedInstant),
  ),
  time.call(
    {
      ...typed,
      name: 'offsetMinutesAt',
      valid: fc.tuple(isoInstantArb, timeZoneArb),
      outside: [0, 1],
    },
    spread(core.offsetMinutesAt),
  ),
  time.call(
    { ...typed, name: 'instantToMs', valid: fc.tuple(isoInstantArb) },
    spread(core.instantToMs),
  ),
];
