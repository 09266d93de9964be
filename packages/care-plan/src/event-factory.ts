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

/**
 * A copy of an actor for an event or record to keep: one object literal per kind (keys in one
 * order, so every copy of a kind shares V8's hidden class; a spread gave each copy its own).
 */
export function copyActor(actor: Actor): Actor {
  switch (actor.kind) {
    case 'person':
      return { kind: 'person', personId: actor.personId };
    case 'carer':
      return { kind: 'carer', carerId: actor.carerId, onBehalfOf: actor.onBehalfOf };
    case 'practitioner':
      return { kind: 'practitioner', practitionerId: actor.practitionerId, role: actor.role };
    case 'system':
      return { kind: 'system', name: actor.name };
  }
}

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
    actor: copyActor(stamp.actor),
    ...body,
  } as CarePlanEvent;
}

/** Copies `value` under `key` only when it is defined (for `exactOptionalPropertyTypes`). */
export const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
