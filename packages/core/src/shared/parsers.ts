import { makeParser } from '../parse.js';
import { ActorSchema } from './actor.js';
import { CodingSchema } from './coding.js';
import { AddressSchema } from './geo.js';
import { TenantIdSchema } from './ids.js';
import { IsoInstantSchema, PeriodSchema, TimeZoneSchema } from './time-values.js';

/** Parses untrusted input as an {@link Actor}. */
export const parseActor = makeParser('Actor', ActorSchema);
/** Parses untrusted input as a {@link Coding}. */
export const parseCoding = makeParser('Coding', CodingSchema);
/** Parses untrusted input as a {@link Period}. */
export const parsePeriod = makeParser('Period', PeriodSchema);
/** Parses untrusted input as an {@link Address}. */
export const parseAddress = makeParser('Address', AddressSchema);
/** Parses untrusted input as a {@link TenantId} (see `TENANT_ID_PATTERN` for the grammar). */
export const parseTenantId = makeParser('TenantId', TenantIdSchema);
/** Parses untrusted input as an IANA {@link TimeZone} known to the runtime. */
export const parseTimeZone = makeParser('TimeZone', TimeZoneSchema);
/** Parses untrusted input as an {@link IsoInstant} (`2026-10-25T09:30:00Z`; never `'yesterday'`). */
export const parseIsoInstant = makeParser('IsoInstant', IsoInstantSchema);
