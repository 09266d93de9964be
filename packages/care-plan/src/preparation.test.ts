import {
  calendarDaysBetween,
  defaultCarePlanPolicy,
  instantToMs,
  isWorkingDay,
  localDateOf,
  localTimeOf,
} from '@livewell/core';
import { carePlanPolicyArb, isoInstantArb, timeZoneArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planPreparation } from './preparation.js';

const summary = (steps: ReturnType<typeof planPreparation>) =>
  steps.map((s) => `${s.kind} ${s.date} ${s.at}`);

describe('planPreparation', () => {
  it('dates the steps across the autumn clock change (25 Oct 2026)', () => {
    // Tuesday 27 Oct 2026 09:30 GMT; the letter and tests fall in summer time.
    const steps = planPreparation('2026-10-27T09:30:00Z', defaultCarePlanPolicy, 'Europe/London');
    expect(summary(steps)).toEqual([
      'information-gathering 2026-10-15 2026-10-15T08:00:00Z',
      'results-and-agenda-letter 2026-10-20 2026-10-20T08:00:00Z',
      'reminder 2026-10-23 2026-10-23T08:00:00Z',
      'arrival-check 2026-10-27 2026-10-27T09:20:00Z',
    ]);
  });

  it('dates the steps across the spring clock change (28 Mar 2027) and Easter bank holidays', () => {
    // Tuesday 30 Mar 2027 10:00 BST; Good Friday 26 Mar and Easter Monday 29 Mar are holidays.
    const steps = planPreparation('2027-03-30T09:00:00Z', defaultCarePlanPolicy, 'Europe/London', [
      '2027-03-26',
      '2027-03-29',
    ]);
    expect(summary(steps)).toEqual([
      'information-gathering 2027-03-18 2027-03-18T09:00:00Z',
      'results-and-agenda-letter 2027-03-23 2027-03-23T09:00:00Z',
      'reminder 2027-03-24 2027-03-24T09:00:00Z',
      'arrival-check 2027-03-30 2027-03-30T08:50:00Z',
    ]);
  });

  it('moves a letter that would fall on a weekend or bank holiday to the working day before', () => {
    const policy = { ...defaultCarePlanPolicy, resultsLeadTimeDays: 10 };
    // 10 days before Wed 4 Nov 2026 is Sun 25 Oct; Fri 23 Oct is a (made-up) holiday.
    const steps = planPreparation('2026-11-04T10:00:00Z', policy, 'Europe/London', ['2026-10-23']);
    expect(steps[1]?.date).toBe('2026-10-22');
    expect(steps[0]?.date).toBe('2026-10-19');
  });

  it('holds its rules for any conversation, policy and zone', () => {
    const holidaysArb = fc.uniqueArray(
      fc.integer({ min: 0, max: 60 }).map((d) => d),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(
        isoInstantArb,
        carePlanPolicyArb,
        timeZoneArb,
        holidaysArb,
        fc.constantFrom('09:00', '10:30', '14:00'),
        (conversationAt, policy0, zone, offsets, letterTime) => {
          const policy = { ...policy0, letterTime, informationGatheringTime: letterTime };
          const conversationDate = localDateOf(conversationAt, zone);
          const holidays = offsets.map((d) =>
            new Date(Date.parse(`${conversationDate}T00:00:00Z`) - d * 86_400_000)
              .toISOString()
              .slice(0, 10),
          );
          const steps = planPreparation(conversationAt, policy, zone, holidays);
          const byKind = Object.fromEntries(steps.map((s) => [s.kind, s]));
          const letter = byKind['results-and-agenda-letter'];
          const tests = byKind['information-gathering'];
          const arrival = byKind['arrival-check'];
          if (!letter || !tests || !arrival) throw new Error('missing step');
          expect(calendarDaysBetween(letter.date, conversationDate)).toBeGreaterThanOrEqual(
            policy.resultsLeadTimeDays,
          );
          for (const s of steps.filter((x) => x.kind !== 'arrival-check')) {
            expect(isWorkingDay(s.date, holidays)).toBe(true);
            expect(localDateOf(s.at, zone)).toBe(s.date);
            expect(localTimeOf(s.at, zone)).toBe(letterTime);
          }
          expect(tests.date <= letter.date).toBe(true);
          const reminder = byKind.reminder;
          if (reminder)
            expect(reminder.date > letter.date && reminder.date < conversationDate).toBe(true);
          expect(instantToMs(conversationAt) - instantToMs(arrival.at)).toBe(
            policy.arrivalCheckMinutesBefore * 60_000,
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
