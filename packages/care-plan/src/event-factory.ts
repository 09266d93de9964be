import type {
  Actor,
  CarePlanEvent,
  IdGenerator,
  IsoInstant,
  RecordId,
  TenantId,
} from '@livewell/core';

/** An event without its envelope (id, tenant, plan, time, actor): what a decision produces. */
export type CarePlanEventBody = CarePlanEvent extends infer E
  ? E extends CarePlanEvent
    ? Omit<E, 'schemaVersion' | 'id' | 'tenantId' | 'planId' | 'at' | 'actor'>
    : never
  : never;

/** What stamps an envelope onto event bodies. */
export interface EventStamp {
  readonly tenantId: TenantId;
  readonly planId: RecordId;
  readonly at: IsoInstant;
  readonly actor: Actor;
  readonly ids: IdGenerator;
}

/** Wraps a body in the event envelope, taking a fresh event id from the generator. */
export function stampEvent(stamp: EventStamp, body: CarePlanEventBody): CarePlanEvent {
  return {
    schemaVersion: 2,
    id: stamp.ids('event') as RecordId,
    tenantId: stamp.tenantId,
    planId: stamp.planId,
    at: stamp.at,
    actor: { ...stamp.actor },
    ...body,
  } as CarePlanEvent;
}

/** Copies `value` under `key` only when it is defined (for `exactOptionalPropertyTypes`). */
export const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
