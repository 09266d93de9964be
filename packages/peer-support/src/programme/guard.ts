import type { Enrolment, Programme } from '@livewell/core';
import { contextProblem, isInstant, isObject } from '../referral/input-checks.js';
import type { ProgrammeContext } from './context.js';
import { rejection as programmeRejection } from './rules.js';
import type { Rejection as ProgrammeRejection } from './types.js';

const isProgrammeShaped = (p: unknown): p is Programme =>
  isObject(p) &&
  typeof p.id === 'string' &&
  typeof p.tenantId === 'string' &&
  typeof p.serviceId === 'string' &&
  typeof p.capacity === 'number' &&
  isObject(p.completionRule) &&
  Array.isArray(p.sessions) &&
  p.sessions.length > 0 &&
  p.sessions.every((s) => isObject(s) && isInstant(s.start) && isInstant(s.end));

/** True when `e` has what the programme machine reads of an enrolment. */
export const isEnrolmentShaped = (e: unknown): e is Enrolment =>
  isObject(e) &&
  typeof e.id === 'string' &&
  typeof e.personId === 'string' &&
  typeof e.status === 'string' &&
  typeof e.queueNumber === 'number' &&
  Array.isArray(e.attendance) &&
  Array.isArray(e.history) &&
  typeof e.updatedAt === 'string';

/**
 * Refuses, as a typed value, a context or programme that does not have the shape the machine
 * reads (`invalid-context`, `invalid-input`), and records that are not the programme's
 * service's (`records-mismatch`). Cheap; parsers in `@livewell/core` give the full story.
 */
export function checkInput(
  programme: unknown,
  context: unknown,
  enrolments: readonly unknown[] = [],
): ProgrammeRejection | undefined {
  const problem = contextProblem(context, false);
  if (problem !== undefined) {
    return programmeRejection('invalid-context', `Invalid programme context: ${problem}.`);
  }
  if (!isProgrammeShaped(programme)) {
    return programmeRejection('invalid-input', 'The programme is not a parsed programme record.');
  }
  if (!Array.isArray(enrolments) || !enrolments.every(isEnrolmentShaped)) {
    return programmeRejection('invalid-input', 'An enrolment is not a parsed enrolment record.');
  }
  const { records } = context as ProgrammeContext;
  if (records.service.id !== programme.serviceId) {
    return programmeRejection(
      'records-mismatch',
      "The context's service record is not the programme's service.",
      { serviceId: programme.serviceId },
    );
  }
  return undefined;
}

/** The refusal for input that could not even be read (a throwing getter, a revoked proxy). */
export const unreadable = (cause: unknown): ProgrammeRejection =>
  programmeRejection('invalid-input', 'An argument could not be read.', {
    cause: cause instanceof Error ? cause.message : 'unreadable value',
  });
