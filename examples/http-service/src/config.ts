/** What the service needs besides the store: a clock, ids, policy and the records of who is who. */
import { randomUUID } from 'node:crypto';
import {
  type Actor,
  type CarePlanPolicy,
  defaultCarePlanPolicy,
  type IdGenerator,
  type IsoInstant,
  msToInstant,
  type PractitionerMembership,
  type TrustedSystem,
} from '@livewell/core';
import type { Store } from '@livewell/storage';
import type { FastifyRequest } from 'fastify';

/** How the service finds out who is calling: your authentication goes here. */
export type Authenticate = (request: FastifyRequest) => Actor | undefined;

/** Everything the routes need. Only `store` is required. */
export interface ServiceConfig {
  readonly store: Store;
  /** The instant every command is decided at; default the system clock. */
  readonly now?: () => IsoInstant;
  /** Ids for new records and events; default `<kind>-<uuid>`. */
  readonly ids?: IdGenerator;
  readonly policy?: CarePlanPolicy;
  /** The practice's time zone; default `Europe/London`. */
  readonly timeZone?: string;
  /** Practitioners' organisation memberships (referral authorisation comes from these). */
  readonly memberships?: readonly PractitionerMembership[];
  /** The system integrations the practice trusts. */
  readonly systems?: readonly TrustedSystem[];
  /** Default: the `X-Livewell-Actor` header as JSON, parsed by core's `parseActor`. */
  readonly authenticate?: Authenticate;
}

/** {@link ServiceConfig} with every default filled in. */
export type Settings = Required<ServiceConfig>;

/** Fills in the defaults of {@link ServiceConfig}. */
export function settingsOf(config: ServiceConfig, authenticate: Authenticate): Settings {
  return {
    store: config.store,
    now: config.now ?? (() => msToInstant(Date.now())),
    ids: config.ids ?? ((kind) => `${kind}-${randomUUID()}`),
    policy: config.policy ?? defaultCarePlanPolicy,
    timeZone: config.timeZone ?? 'Europe/London',
    memberships: config.memberships ?? [],
    systems: config.systems ?? [],
    authenticate: config.authenticate ?? authenticate,
  };
}
