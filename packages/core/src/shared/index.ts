export type { Actor, PractitionerRole } from './actor.js';
export { ActorSchema, PractitionerRoleSchema } from './actor.js';
export { sharedSchemas } from './catalogue-entries.js';
export type { Coding } from './coding.js';
export { CodeSystems, CodingSchema, sameCoding } from './coding.js';
export type { SchemaReader } from './compiled-reader.js';
export { compileReader, undecided } from './compiled-reader.js';
export type { Address, GeoPoint } from './geo.js';
export { AddressSchema, GeoPointSchema } from './geo.js';
export type {
  CarerId,
  IdGenerator,
  IdKind,
  PersonId,
  PractitionerId,
  RecordId,
  TenantId,
} from './ids.js';
export {
  CarerIdSchema,
  ID_PATTERN,
  PersonIdSchema,
  PractitionerIdSchema,
  RecordIdSchema,
  sequentialIds,
  TENANT_ID_PATTERN,
  TenantIdSchema,
} from './ids.js';
export {
  parseActor,
  parseAddress,
  parseCoding,
  parseIsoInstant,
  parsePeriod,
  parseTenantId,
  parseTimeZone,
} from './parsers.js';
export type { PlainJsonLimits } from './plain-json.js';
export { readPlainJson } from './plain-json.js';
export { schemaVersion } from './schema-version.js';
export type { IsoDate, IsoInstant, LocalTime, Period, TimeZone } from './time-values.js';
export {
  IsoDateSchema,
  IsoInstantSchema,
  LocalTimeSchema,
  PeriodSchema,
  TimeZoneSchema,
} from './time-values.js';
export type {
  UnsupportedSchemaVersion,
  UpcastError,
  Upcaster,
  UpcastSpec,
  UpcastStep,
} from './upcast.js';
export { makeUpcaster } from './upcast.js';
