import type { CarePlan, CarePlanEvent, Person, RecordId, TenantId } from '@livewell/core';
import { carePlanArb, carePlanEventArb, personArb } from '@livewell/core/testing';
import fc from 'fast-check';

/** One deterministic sample of an arbitrary. */
export const sample = <T>(arb: fc.Arbitrary<T>, seed: number): T =>
  fc.sample(arb, { seed, numRuns: 1 })[0] as T;

/** A person of `tenantId` with the given id. */
export const personOf = (tenantId: string, id: string, seed = 1): Person => ({
  ...sample(personArb, seed),
  tenantId: tenantId as TenantId,
  id: id as Person['id'],
});

/** A care plan of `tenantId` for `personId`. */
export const planOf = (tenantId: string, id: string, personId: string, seed = 1): CarePlan => ({
  ...sample(carePlanArb, seed),
  tenantId: tenantId as TenantId,
  id: id as RecordId,
  personId: personId as Person['id'],
});

/** A care-plan event of `tenantId` for `planId`. */
export const eventOf = (tenantId: string, planId: string, id: string, seed = 1): CarePlanEvent =>
  ({
    ...sample(carePlanEventArb, seed),
    tenantId: tenantId as TenantId,
    planId: planId as RecordId,
    id: id as RecordId,
  }) as CarePlanEvent;
