/** Every error the service answers with, as RFC 9457 problem details (`@livewell/core`'s mapping). */
import { type ProblemDetails, type ProblemSource, toProblemDetails } from '@livewell/core';
import { isStorageError } from '@livewell/storage';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { match, P } from 'ts-pattern';

/** Media type of problem details (RFC 9457 §3). */
export const PROBLEM_JSON = 'application/problem+json';

/** Sends a livewell error (a returned value or a thrown typed error) as problem details. */
export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  error: ProblemSource,
): FastifyReply {
  const problem = toProblemDetails(error, { instance: request.url });
  return reply.status(problem.status).type(PROBLEM_JSON).send(problem);
}

/** A problem the HTTP layer raises itself (authentication, media type, unknown route). */
export function httpProblem(status: number, title: string, detail: string): ProblemDetails {
  return {
    type: 'about:blank',
    title,
    // ProblemDetails lists livewell's statuses; the HTTP layer adds 401, 404, 405, 413 and 415.
    status: status as ProblemDetails['status'],
    detail,
    code: `http-${status}`,
  };
}

/**
 * Turns anything thrown in a route into problem details: storage's typed errors by their code,
 * Fastify's own 4xx (unreadable JSON is `invalid-input`), and anything else as a 500 that says
 * nothing about the internals (it is logged).
 */
export function problemForThrown(thrown: unknown): ProblemDetails {
  return match(thrown)
    .when(isStorageError, (error) => toProblemDetails(error))
    .with({ code: P.string, statusCode: 400, message: P.string }, (error) =>
      toProblemDetails({ code: 'invalid-input', message: error.message }),
    )
    .with({ statusCode: P.number.between(401, 499), message: P.string }, (error) =>
      httpProblem(error.statusCode, 'Request refused', error.message),
    )
    .otherwise(() => toProblemDetails({ code: 'unexpected', message: 'Unexpected error.' }));
}

/** Fastify's error handler: every thrown error leaves as problem details. */
export function errorHandler(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const problem = { ...problemForThrown(error), instance: request.url };
  if (problem.status >= 500) request.log.error(error);
  return reply.status(problem.status).type(PROBLEM_JSON).send(problem);
}
