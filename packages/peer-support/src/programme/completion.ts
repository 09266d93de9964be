import type { Attendance, Programme } from '@livewell/core';

/** How far an enrolment is towards completion. */
export interface CompletionProgress {
  /** Programme sessions marked `attended`. */
  readonly attended: number;
  /** Sessions that must be attended in all (the rule's minimum). */
  readonly needed: number;
  /** Required sessions (by id) missed or not yet attended. */
  readonly requiredOutstanding: readonly string[];
  readonly met: boolean;
}

/** The ids of programme sessions marked `attended` (records for other ids are ignored). */
export function attendedSessionIds(
  programme: Programme,
  attendance: readonly Attendance[],
): Set<string> {
  const sessionIds = new Set<string>(programme.sessions.map((s) => s.id));
  return new Set(
    attendance
      .filter((a) => a.status === 'attended' && sessionIds.has(a.sessionId))
      .map((a) => a.sessionId),
  );
}

/**
 * Progress against the programme's completion rule: `minimum-attended` needs at least
 * `minimum` sessions attended, including every `required` one; `all-attended` needs all.
 *
 * @example
 * completionProgress(sixWorkshops, attendance).met; // true once 4 of 6 are attended (rule 4)
 */
export function completionProgress(
  programme: Programme,
  attendance: readonly Attendance[],
): CompletionProgress {
  const attended = attendedSessionIds(programme, attendance);
  const rule = programme.completionRule;
  const needed = rule.kind === 'all-attended' ? programme.sessions.length : rule.minimum;
  const required = rule.kind === 'all-attended' ? [] : (rule.required ?? []);
  const requiredOutstanding = required.filter((id) => !attended.has(id));
  return {
    attended: attended.size,
    needed,
    requiredOutstanding,
    met: attended.size >= needed && requiredOutstanding.length === 0,
  };
}

/** True when the attendance meets the programme's completion rule. */
export const meetsCompletionRule = (
  programme: Programme,
  attendance: readonly Attendance[],
): boolean => completionProgress(programme, attendance).met;
