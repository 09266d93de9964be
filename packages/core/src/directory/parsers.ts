import { makeParser } from '../parse.js';
import { LocationSchema } from './location.js';
import { OrganisationSchema } from './organisation.js';
import { ScheduleSchema } from './schedule.js';
import { ServiceSchema } from './service.js';
import { SessionPlacesSchema } from './session-places.js';

/** Parses untrusted input as an {@link Organisation}. */
export const parseOrganisation = makeParser('Organisation', OrganisationSchema);
/** Parses untrusted input as a {@link Location}. */
export const parseLocation = makeParser('Location', LocationSchema);
/** Parses untrusted input as a {@link Service}. */
export const parseService = makeParser('Service', ServiceSchema);
/** Parses untrusted input as a {@link Schedule}. */
export const parseSchedule = makeParser('Schedule', ScheduleSchema);
/** Parses untrusted input as a session's stored {@link SessionPlaces}. */
export const parseSessionPlaces = makeParser('SessionPlaces', SessionPlacesSchema);
