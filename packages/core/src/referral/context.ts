import * as z from 'zod/mini';
import { makeParser, type Parser } from '../parse.js';
import {
  type PersonCarers,
  PersonCarersSchema,
  type ServiceOwner,
  ServiceOwnerSchema,
} from '../people/access.js';
import { type PractitionerMembership, PractitionerMembershipSchema } from '../people/membership.js';
import { type TrustedSystem, TrustedSystemSchema } from '../people/trusted-system.js';
import { type Actor, ActorSchema } from '../shared/actor.js';
import type { IdGenerator } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { optionalOf } from '../shared/text.js';
import { type IsoInstant, IsoInstantSchema } from '../shared/time-values.js';

const IdGeneratorSchema = /* @__PURE__ */ lazySchema(() =>
  z.custom<IdGenerator>((value) => typeof value === 'function', {
    message: 'ids must be an id generator function',
  }),
);

const membershipsSchema = /* @__PURE__ */ lazySchema(() =>
  z.array(PractitionerMembershipSchema).check(z.maxLength(1000)),
);
const systemsSchema = /* @__PURE__ */ lazySchema(() =>
  z.array(TrustedSystemSchema).check(z.maxLength(100)),
);

/**
 * The records that decide who may act on a referral, loaded by the caller (never taken from
 * what the actor claims): the receiving service and its organisation, the person with their
 * carers and consent, the acting practitioner's memberships, and the policy's trusted systems.
 */
export interface ReferralRecords {
  /** The receiving service; its `id` must be the referral's `serviceId`. */
  readonly service: ServiceOwner;
  /** The person referred; their `id` must be the referral's `personId`. */
  readonly person: PersonCarers;
  /** Organisation memberships (at least the acting practitioner's; others are ignored). */
  readonly memberships: readonly PractitionerMembership[];
  /** The system integrations the practice policy names. */
  readonly systems: readonly TrustedSystem[];
}

/** What every referral command needs: the instant, who acts, an id generator, and the records. */
export interface ReferralContext {
  readonly now: IsoInstant;
  readonly actor: Actor;
  readonly ids: IdGenerator;
  readonly records: ReferralRecords;
}

/**
 * The records that decide who may act on a programme: the service that runs it and its
 * organisation, memberships, the policy's trusted systems, and (for a person or carer acting on
 * their own or the person's place) the person with their carers.
 */
export interface ProgrammeRecords {
  /** The service that runs the programme; its `id` must be the programme's `serviceId`. */
  readonly service: ServiceOwner;
  /** Organisation memberships (at least the acting practitioner's; others are ignored). */
  readonly memberships: readonly PractitionerMembership[];
  /** The system integrations the practice policy names. */
  readonly systems: readonly TrustedSystem[];
  /** The person whose place is acted on, with their carers (needed when a carer acts). */
  readonly person?: PersonCarers | undefined;
}

/** What every programme command needs: the instant, who acts, an id generator, and the records. */
export interface ProgrammeContext {
  readonly now: IsoInstant;
  readonly actor: Actor;
  readonly ids: IdGenerator;
  readonly records: ProgrammeRecords;
}

/** The schema of a {@link ReferralContext} (checks `now`, the actor and every record). */
export const ReferralContextSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    now: IsoInstantSchema,
    actor: ActorSchema,
    ids: IdGeneratorSchema,
    records: z.object({
      service: ServiceOwnerSchema,
      person: PersonCarersSchema,
      memberships: membershipsSchema,
      systems: systemsSchema,
    }),
  }),
);

/** The schema of a {@link ProgrammeContext}. */
export const ProgrammeContextSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    now: IsoInstantSchema,
    actor: ActorSchema,
    ids: IdGeneratorSchema,
    records: z.object({
      service: ServiceOwnerSchema,
      memberships: membershipsSchema,
      systems: systemsSchema,
      person: optionalOf(PersonCarersSchema),
    }),
  }),
);

/**
 * Parses an untrusted referral command context (say, assembled from a request and loaded
 * records). Never throws.
 *
 * @example
 * const ctx = parseReferralContext({ now, actor, ids, records: { service, person, memberships, systems } });
 */
export const parseReferralContext: Parser<ReferralContext> = makeParser(
  'ReferralContext',
  ReferralContextSchema,
);

/** Parses an untrusted programme command context. Never throws. */
export const parseProgrammeContext: Parser<ProgrammeContext> = makeParser(
  'ProgrammeContext',
  ProgrammeContextSchema,
);
