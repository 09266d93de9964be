/** The shared shape of a route: the settings, the caller's tenant store and actor, or a problem. */
import type { Actor, DomainError, Result } from '@livewell/core';
import type { TenantStore } from '@livewell/storage';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Settings } from './config.js';
import { httpProblem, PROBLEM_JSON, sendProblem } from './problems.js';
import { tenantOf } from './request.js';

/** What a handler gets once the tenant and caller are known. */
export interface Call {
  readonly settings: Settings;
  readonly tenant: TenantStore;
  readonly actor: Actor;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  /** Sends a livewell error as problem details. */
  problem(error: DomainError): FastifyReply;
  /** Sends the value of `result`, or its error as problem details. */
  answer<T>(result: Result<T, DomainError>, status?: number): FastifyReply;
}

/** A handler of a tenant route. */
export type Handler = (call: Call) => Promise<FastifyReply> | FastifyReply;

/** Wraps a handler: refuses calls without a known caller (401) or with a bad tenant (400). */
export const tenantRoute =
  (settings: Settings, handler: Handler) =>
  async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const actor = settings.authenticate(request);
    if (actor === undefined) {
      const problem = httpProblem(401, 'Not authenticated', 'Say who is calling.');
      return reply.status(401).type(PROBLEM_JSON).send(problem);
    }
    const tenantId = tenantOf(request);
    if (!tenantId.ok) return sendProblem(reply, request, tenantId.error);
    const problem = (error: DomainError) => sendProblem(reply, request, error);
    return handler({
      settings,
      tenant: settings.store.forTenant(tenantId.value),
      actor,
      request,
      reply,
      problem,
      answer: (result, status = 200) =>
        result.ok ? reply.status(status).send(result.value) : problem(result.error),
    });
  };

/** Registers routes on an app. */
export type Routes = (app: FastifyInstance, settings: Settings) => void;
