import { ActorSchema } from './actor.js';
import { CodingSchema } from './coding.js';
import { AddressSchema } from './geo.js';
import { TenantIdSchema } from './ids.js';
import { IsoInstantSchema, PeriodSchema, TimeZoneSchema } from './time-values.js';

/** Shared value schemas exported on their own (for JSON Schema export and tests). */
export const sharedSchemas = {
  Actor: ActorSchema,
  Coding: CodingSchema,
  Period: PeriodSchema,
  Address: AddressSchema,
  TenantId: TenantIdSchema,
  TimeZone: TimeZoneSchema,
  IsoInstant: IsoInstantSchema,
} as const;
