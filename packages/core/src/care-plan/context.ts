import * as z from 'zod/mini';
import { makeParser } from '../parse.js';
import { ActorSchema } from '../shared/actor.js';
import { type IdGenerator, PersonIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { IsoInstantSchema, TimeZoneSchema } from '../shared/time-values.js';
import { PlanCareTeamSchema } from './care-plan.js';
import { CarePlanPolicySchema } from './policy.js';

/** Zones already found valid (constructing an `Intl.DateTimeFormat` per check is slow). */
const knownZones = new Set<string>();
const isZone = (value: string): boolean => {
  if (knownZones.has(value)) return true;
  const valid = TimeZoneSchema.safeParse(value).success;
  if (valid && knownZones.size < 1000) knownZones.add(value);
  return valid;
};

const isIdGenerator = (value: unknown): value is IdGenerator => typeof value === 'function';

/**
 * What the care-plan machine takes from the outside world on every call: `now` (an ISO
 * instant), the acting `actor`, the tenant's `policy`, an IANA `timeZone` (checked with
 * {@link TimeZoneSchema}, remembered once valid) and an id generator `ids`.
 */
export const CarePlanContextSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    now: IsoInstantSchema,
    actor: ActorSchema,
    policy: CarePlanPolicySchema,
    timeZone: z.string().check(z.refine(isZone, { message: 'not an IANA time zone' })),
    ids: z.custom<IdGenerator>(isIdGenerator, { message: 'ids must be an id generator function' }),
  }),
);
/** What the care-plan machine takes from the outside world on every call. */
export type CarePlanContext = z.infer<typeof CarePlanContextSchema>;

/** Parses untrusted input as a {@link CarePlanContext} (policy defaults filled in). */
export const parseCarePlanContext = makeParser('CarePlanContext', CarePlanContextSchema);

/** What starting a care plan takes: the tenant, the person and the plan's care team. */
export const CarePlanStartSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    tenantId: TenantIdSchema,
    personId: PersonIdSchema,
    careTeam: PlanCareTeamSchema,
  }),
);
/** What starting a care plan takes. */
export type CarePlanStart = z.infer<typeof CarePlanStartSchema>;
