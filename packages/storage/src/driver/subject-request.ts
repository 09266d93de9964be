import {
  ActorSchema,
  IsoInstantSchema,
  PersonIdSchema,
  PractitionerIdSchema,
  RecordIdSchema,
} from '@livewell/core';
import { InvalidRequestError } from '../port/errors.js';
import type { ErasureRequest } from '../port/store.js';

const subjectIds = { person: PersonIdSchema, practitioner: PractitionerIdSchema } as const;

/** The kind of subject a subject-access call is about. */
type Subject = keyof typeof subjectIds;

const idProblem = (subject: Subject, id: unknown): string | undefined =>
  subjectIds[subject].safeParse(id).success ? undefined : `the ${subject} id is not valid`;

function requestProblem(request: unknown): string | undefined {
  if (typeof request !== 'object' || request === null)
    return 'the erasure request is not an object';
  const { auditId, at, actor, reason } = request as Record<keyof ErasureRequest, unknown>;
  if (!RecordIdSchema.safeParse(auditId).success) return 'its `auditId` is not a record id';
  if (!IsoInstantSchema.safeParse(at).success) return 'its `at` is not an ISO instant';
  if (!ActorSchema.safeParse(actor).success) return 'its `actor` is not an actor';
  if (reason !== undefined && typeof reason !== 'string') return 'its `reason` is not text';
  return undefined;
}

/** Runs `check`, turning a problem or an unreadable argument into `InvalidRequestError`. */
function refuseUnless(check: () => string | undefined): void {
  let problem: string | undefined;
  try {
    problem = check();
  } catch {
    problem = 'the arguments could not be read (a getter or proxy threw)';
  }
  if (problem !== undefined) throw new InvalidRequestError(`Subject access refused: ${problem}.`);
}

/**
 * Checks the subject's id of an export before anything is read: a malformed or unreadable id
 * rejects with `InvalidRequestError`.
 */
export function checkSubjectId(subject: Subject, id: unknown): void {
  refuseUnless(() => idProblem(subject, id));
}

/**
 * Checks an erasure's subject id and request before anything is deleted: a malformed or
 * unreadable one rejects with `InvalidRequestError` and the store is untouched.
 */
export function checkErasure(subject: Subject, id: unknown, request: unknown): void {
  refuseUnless(() => idProblem(subject, id) ?? requestProblem(request));
}
