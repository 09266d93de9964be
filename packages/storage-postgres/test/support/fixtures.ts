/** Test support (not exported): deterministic core records for one tenant. */
import type {
  Actor,
  CarePlan,
  CarePlanEvent,
  Organisation,
  Person,
  RecordId,
  TenantId,
} from '@livewell/core';
import {
  actorArb,
  carePlanArb,
  carePlanEventArb,
  organisationArb,
  personArb,
} from '@livewell/core/testing';
import fc from 'fast-check';

/** One deterministic sample of an arbitrary. */
export const sample = <T>(arb: fc.Arbitrary<T>, seed: number): T =>
  fc.sample(arb, { seed, numRuns: 1 })[0] as T;

/** A person of `tenantId` with the given id. */
export const personOf = (tenantId: TenantId, id: string, seed = 1): Person => ({
  ...sample(personArb, seed),
  tenantId,
  id: id as Person['id'],
});

/** A care plan of `tenantId` for `personId`. */
export const planOf = (tenantId: TenantId, id: string, personId: string, seed = 1): CarePlan => ({
  ...sample(carePlanArb, seed),
  tenantId,
  id: id as RecordId,
  personId: personId as Person['id'],
});

/** A care-plan event of `tenantId` for `planId`. */
export const eventOf = (tenantId: TenantId, planId: string, id: string, seed = 1): CarePlanEvent =>
  ({
    ...sample(carePlanEventArb, seed),
    tenantId,
    planId: planId as RecordId,
    id: id as RecordId,
  }) as CarePlanEvent;

/** A directory organisation of `tenantId`. */
export const organisationOf = (tenantId: TenantId, id: string, seed = 1): Organisation => ({
  ...sample(organisationArb, seed),
  tenantId,
  id: id as Organisation['id'],
});

/** An actor (who did something), for audit events. */
export const actorOf = (seed = 1): Actor => sample(actorArb, seed);
