/**
 * The service's OpenAPI 3.1 description, generated from core's zod schemas with zod 4's JSON
 * Schema output (`z.toJSONSchema`, draft 2020-12, which OpenAPI 3.1 schemas are). Request bodies
 * use each schema's input side without `tenantId` (it comes from the path); responses use the
 * output side.
 */
import {
  ActorSchema,
  AssessmentSchema,
  CarePlanCommandSchema,
  CarePlanEventSchema,
  CarePlanSchema,
  CarePlanStartSchema,
  LocationSchema,
  NewReferralSchema,
  OrganisationSchema,
  PersonSchema,
  ReferralCommandSchema,
  ReferralEventSchema,
  ReferralSchema,
  ServiceSchema,
} from '@livewell/core';
import { SearchQuerySchema } from '@livewell/peer-support';
import * as z from 'zod';
import { ACTOR_HEADER, IDEMPOTENCY_HEADER } from './request.js';
import { AssessmentRequestSchema } from './routes/assessments.js';

type JsonSchema = Record<string, unknown>;

/** One schema as an OpenAPI 3.1 schema object (no `$schema`; `tenantId` dropped for inputs). */
function schemaOf(schema: z.core.$ZodType, io: 'input' | 'output', dropTenant = false): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  if (!dropTenant) return json;
  const { tenantId: _tenant, ...properties } = (json.properties ?? {}) as JsonSchema;
  const required = Array.isArray(json.required)
    ? json.required.filter((name) => name !== 'tenantId')
    : undefined;
  return { ...json, properties, ...(required === undefined ? {} : { required }) };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const versioned = (name: string) => ({
  type: 'object',
  required: ['record', 'version'],
  properties: { record: ref(name), version: { type: 'integer', minimum: 1 } },
});
const stored = (key: string, snapshot: string, event: string) => ({
  type: 'object',
  required: [key, 'events'],
  properties: {
    [key]: versioned(snapshot),
    events: { type: 'array', items: storedEvent(event) },
  },
});
const storedEvent = (event: string) => ({
  type: 'object',
  required: ['version', 'index', 'event'],
  properties: {
    version: { type: 'integer' },
    index: { type: 'integer' },
    event: ref(event),
  },
});
const page = (items: JsonSchema) => ({
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items }, next: {}, problems: { type: 'array' } },
});

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const ok = (status: string, description: string, schema: JsonSchema) => ({
  [status]: { description, content: json(schema) },
});
const problems = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: 'Problem details (see docs/http.md for every code and its status)',
        content: { 'application/problem+json': { schema: ref('ProblemDetails') } },
      },
    ]),
  );

const tenantParam = {
  name: 'tenantId',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'The organisation (tenant) the records belong to',
};
const idParam = (name: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
});
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  schema: { type: 'string', minLength: 1, maxLength: 200 },
  description:
    'One key per command the user issued, reused on every retry: a committed command is not applied again, its original result is returned',
};

const operation = (
  summary: string,
  parameters: readonly JsonSchema[],
  responses: JsonSchema,
  body?: string,
) => ({
  summary,
  parameters: [tenantParam, ...parameters],
  ...(body === undefined ? {} : { requestBody: { required: true, content: json(ref(body)) } }),
  responses: { ...responses, ...problems(400, 401, 403, 404, 409, 422, 500, 503) },
});

const problemDetailsSchema: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details with livewell extension members',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', format: 'uri-reference' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', description: 'The stable livewell error code' },
    details: { type: 'object' },
    issues: { type: 'array' },
    schema: { type: 'string' },
    retryable: { type: 'boolean' },
  },
};

/** Builds the OpenAPI 3.1 document of the service. */
export function openApiDocument(): JsonSchema {
  const searchRequest = {
    type: 'object',
    properties: {
      query: schemaOf(SearchQuerySchema, 'input', true),
      limit: { type: 'integer', minimum: 1, maximum: 200 },
      cursor: { type: 'string' },
    },
  };
  const t = '/tenants/{tenantId}';
  return {
    openapi: '3.1.0',
    info: {
      title: 'livewell example service',
      version: '0.0.0',
      description: `People, care plans, assessments, the directory and referrals over livewell. Callers say who they are in the ${ACTOR_HEADER} header (a stand-in for your authentication); commands take ${IDEMPOTENCY_HEADER}.`,
    },
    components: {
      schemas: {
        ProblemDetails: problemDetailsSchema,
        Actor: schemaOf(ActorSchema, 'output'),
        Person: schemaOf(PersonSchema, 'output'),
        NewPerson: schemaOf(PersonSchema, 'input', true),
        CarePlan: schemaOf(CarePlanSchema, 'output'),
        CarePlanEvent: schemaOf(CarePlanEventSchema, 'output'),
        CarePlanStart: schemaOf(CarePlanStartSchema, 'input', true),
        CarePlanCommand: schemaOf(CarePlanCommandSchema, 'input'),
        Assessment: schemaOf(AssessmentSchema, 'output'),
        AssessmentRequest: schemaOf(AssessmentRequestSchema, 'input'),
        Organisation: schemaOf(OrganisationSchema, 'output'),
        NewOrganisation: schemaOf(OrganisationSchema, 'input', true),
        Location: schemaOf(LocationSchema, 'output'),
        NewLocation: schemaOf(LocationSchema, 'input', true),
        Service: schemaOf(ServiceSchema, 'output'),
        NewService: schemaOf(ServiceSchema, 'input', true),
        SearchRequest: searchRequest,
        Referral: schemaOf(ReferralSchema, 'output'),
        ReferralEvent: schemaOf(ReferralEventSchema, 'output'),
        NewReferral: schemaOf(NewReferralSchema, 'input', true),
        ReferralCommand: schemaOf(ReferralCommandSchema, 'input'),
      },
    },
    paths: {
      [`${t}/people`]: {
        post: operation('Add a person', [], ok('201', 'Stored', versioned('Person')), 'NewPerson'),
      },
      [`${t}/people/{personId}`]: {
        get: operation(
          'Read a person',
          [idParam('personId')],
          ok('200', 'Found', versioned('Person')),
        ),
      },
      [`${t}/care-plans`]: {
        post: operation(
          'Start a care and support plan',
          [idempotencyKey],
          ok('201', 'Started', stored('plan', 'CarePlan', 'CarePlanEvent')),
          'CarePlanStart',
        ),
      },
      [`${t}/care-plans/{planId}`]: {
        get: operation(
          'Read a plan',
          [idParam('planId')],
          ok('200', 'Found', versioned('CarePlan')),
        ),
      },
      [`${t}/care-plans/{planId}/events`]: {
        get: operation(
          "A plan's events",
          [idParam('planId')],
          ok('200', 'In order', page(storedEvent('CarePlanEvent'))),
        ),
      },
      [`${t}/care-plans/{planId}/allowed-commands`]: {
        get: operation(
          'The commands the caller may issue now',
          [idParam('planId')],
          ok('200', 'Allowed', {
            type: 'object',
            required: ['commands'],
            properties: { commands: { type: 'array', items: { type: 'string' } } },
          }),
        ),
      },
      [`${t}/care-plans/{planId}/commands`]: {
        post: operation(
          'Send a command to a plan',
          [idParam('planId'), idempotencyKey],
          ok('200', 'Applied', stored('plan', 'CarePlan', 'CarePlanEvent')),
          'CarePlanCommand',
        ),
      },
      [`${t}/assessments`]: {
        post: operation(
          'Score and store a questionnaire',
          [],
          ok('201', 'Stored (scored or unscorable)', ref('Assessment')),
          'AssessmentRequest',
        ),
      },
      [`${t}/people/{personId}/assessments`]: {
        get: operation(
          "A person's assessments",
          [idParam('personId')],
          ok('200', 'In order', page(ref('Assessment'))),
        ),
      },
      [`${t}/directory/organisations`]: {
        post: operation(
          'Add an organisation',
          [],
          ok('201', 'Stored', versioned('Organisation')),
          'NewOrganisation',
        ),
      },
      [`${t}/directory/locations`]: {
        post: operation(
          'Add a location',
          [],
          ok('201', 'Stored', versioned('Location')),
          'NewLocation',
        ),
      },
      [`${t}/directory/services`]: {
        post: operation(
          'Add a service',
          [],
          ok('201', 'Stored', versioned('Service')),
          'NewService',
        ),
      },
      [`${t}/directory/search`]: {
        post: operation(
          'Search the directory',
          [],
          ok('200', 'A page of ranked services', { type: 'object' }),
          'SearchRequest',
        ),
      },
      [`${t}/referrals`]: {
        post: operation(
          'Draft (or make) a referral',
          [idempotencyKey],
          ok('201', 'Stored', stored('referral', 'Referral', 'ReferralEvent')),
          'NewReferral',
        ),
      },
      [`${t}/referrals/{referralId}`]: {
        get: operation(
          'Read a referral',
          [idParam('referralId')],
          ok('200', 'Found', versioned('Referral')),
        ),
      },
      [`${t}/referrals/{referralId}/events`]: {
        get: operation(
          "A referral's events",
          [idParam('referralId')],
          ok('200', 'In order', page(storedEvent('ReferralEvent'))),
        ),
      },
      [`${t}/referrals/{referralId}/commands`]: {
        post: operation(
          'Send a command to a referral',
          [idParam('referralId'), idempotencyKey],
          ok('200', 'Applied', stored('referral', 'Referral', 'ReferralEvent')),
          'ReferralCommand',
        ),
      },
    },
  };
}
