import { makeParser } from '../parse.js';
import { ActorSchema } from './actor.js';
import { CodingSchema } from './coding.js';
import { AddressSchema } from './geo.js';
import { PeriodSchema } from './time-values.js';

/** Parses untrusted input as an {@link Actor}. */
export const parseActor = makeParser('Actor', ActorSchema);
/** Parses untrusted input as a {@link Coding}. */
export const parseCoding = makeParser('Coding', CodingSchema);
/** Parses untrusted input as a {@link Period}. */
export const parsePeriod = makeParser('Period', PeriodSchema);
/** Parses untrusted input as an {@link Address}. */
export const parseAddress = makeParser('Address', AddressSchema);
