import {
  addCalendarDays,
  addWorkingDays,
  type CarePlanPolicy,
  DEFAULT_TIME_ZONE,
  type IsoDate,
  type IsoInstant,
  instantToMs,
  localDateOf,
  msToInstant,
  type TimeZone,
  workingDayOnOrBefore,
  zonedInstant,
} from '@livewell/core';

/** A step of the preparation timeline before a care-planning conversation. */
export interface PreparationStep {
  readonly kind:
    | 'information-gathering'
    | 'results-and-agenda-letter'
    | 'reminder'
    | 'arrival-check';
  /** The local date of the step in the plan's time zone. */
  readonly date: IsoDate;
  /** The instant of the step (local time converted with the zone's offset on that date). */
  readonly at: IsoInstant;
  readonly description: string;
}

/**
 * Dates the preparation for a conversation at `conversationAt`, working back: the results and
 * agenda-setting letter (sent with the appointment letter) on the last working day at least
 * `resultsLeadTimeDays` before; the information-gathering appointment
 * `resultsTurnaroundWorkingDays` working days before that; a reminder `reminderWorkingDays`
 * working days before the conversation (left out if it would not fall after the letter); and
 * reception's arrival check `arrivalCheckMinutesBefore` minutes before. Weekends and
 * `bankHolidays` are skipped; local times stay right across clock changes.
 *
 * @example
 * planPreparation('2026-10-26T09:30:00Z', defaultCarePlanPolicy, 'Europe/London', ['2026-12-25']);
 */
export function planPreparation(
  conversationAt: IsoInstant,
  policy: CarePlanPolicy,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
  bankHolidays: readonly IsoDate[] = [],
): readonly PreparationStep[] {
  const conversationDate = localDateOf(conversationAt, timeZone);
  const letterDate = workingDayOnOrBefore(
    addCalendarDays(conversationDate, -policy.resultsLeadTimeDays),
    bankHolidays,
  );
  const testsDate = addWorkingDays(letterDate, -policy.resultsTurnaroundWorkingDays, bankHolidays);
  const reminderDate = addWorkingDays(conversationDate, -policy.reminderWorkingDays, bankHolidays);
  const arrivalAt = msToInstant(
    instantToMs(conversationAt) - policy.arrivalCheckMinutesBefore * 60_000,
  );
  const steps: PreparationStep[] = [
    {
      kind: 'information-gathering',
      date: testsDate,
      at: zonedInstant(testsDate, policy.informationGatheringTime, timeZone),
      description: 'Information-gathering appointment: tests and checks for every condition.',
    },
    {
      kind: 'results-and-agenda-letter',
      date: letterDate,
      at: zonedInstant(letterDate, policy.letterTime, timeZone),
      description: 'Results and agenda-setting prompts sent with the appointment letter.',
    },
  ];
  if (reminderDate > letterDate) {
    steps.push({
      kind: 'reminder',
      date: reminderDate,
      at: zonedInstant(reminderDate, policy.letterTime, timeZone),
      description: 'Reminder: bring the agenda-setting sheet to the conversation.',
    });
  }
  steps.push({
    kind: 'arrival-check',
    date: localDateOf(arrivalAt, timeZone),
    at: arrivalAt,
    description: 'Reception checks arrival and whether the agenda-setting sheet was received.',
  });
  return steps;
}
