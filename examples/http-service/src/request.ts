/** Reading the parts of a request every route shares: tenant, actor, ids, idempotency key. */
import {
  type Actor,
  type DomainError,
  err,
  ok,
  type PersonId,
  PersonIdSchema,
  parseActor,
  parseTenantId,
  type RecordId,
  RecordIdSchema,
  type Result,
  type TenantId,
} from '@livewell/core';
import type { CommandOptions } from '@livewell/storage';
import type { FastifyRequest } from 'fastify';

/** The header carrying the caller's actor in the default `authenticate` (a stand-in for auth). */
export const ACTOR_HEADER = 'x-livewell-actor';
/** The header naming one command; it becomes the store's `commandId`. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** The default `authenticate`: the actor header as JSON. Replace it with your authentication. */
export function actorFromHeader(request: FastifyRequest): Actor | undefined {
  const header = request.headers[ACTOR_HEADER];
  if (typeof header !== 'string') return undefined;
  try {
    const actor = parseActor(JSON.parse(header));
    return actor.ok ? actor.value : undefined;
  } catch {
    return undefined;
  }
}

/** The tenant named in the path. */
export function tenantOf(request: FastifyRequest): Result<TenantId, DomainError> {
  const { tenantId } = request.params as { tenantId?: unknown };
  return parseTenantId(tenantId);
}

/** The `Idempotency-Key` header as the store's command options (the store validates it). */
export function commandOptions(request: FastifyRequest): Result<CommandOptions, DomainError> {
  const key = request.headers[IDEMPOTENCY_HEADER];
  if (key === undefined) return ok({});
  if (typeof key !== 'string') {
    return err({ code: 'invalid-input', message: 'Send one Idempotency-Key header.' });
  }
  return ok({ commandId: key });
}

/** The body with the path's tenant added (anything but an object is left for the parser to refuse). */
export function withTenant(body: unknown, tenantId: TenantId): unknown {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? { ...body, tenantId }
    : body;
}

/** A path parameter as a string (Fastify gives strings; anything else is a routing bug). */
export const param = (request: FastifyRequest, name: string): string =>
  String((request.params as Record<string, unknown>)[name]);

/** A record id from the path; one that cannot be an id is simply not found. */
export function recordIdParam(
  request: FastifyRequest,
  name: string,
): Result<RecordId, DomainError> {
  const parsed = RecordIdSchema.safeParse(param(request, name));
  return parsed.success
    ? ok(parsed.data)
    : err({ code: 'not-found', message: `No record ${JSON.stringify(param(request, name))}.` });
}

/** A person id from the path, as {@link recordIdParam}. */
export function personIdParam(
  request: FastifyRequest,
  name: string,
): Result<PersonId, DomainError> {
  const parsed = PersonIdSchema.safeParse(param(request, name));
  return parsed.success
    ? ok(parsed.data)
    : err({ code: 'not-found', message: `No person ${JSON.stringify(param(request, name))}.` });
}
