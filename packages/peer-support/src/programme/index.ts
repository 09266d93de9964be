// The programme area of @livewell/peer-support, exported from the package root as `programme`.
export { checkedPartiesOf as partiesOf } from './access.js';
export { type AttendanceRecord, recordAttendance } from './attendance.js';
export { closeEnrolment, closeProgramme, PROGRAMME_ENDED_REASON } from './close.js';
export {
  attendedSessionIds,
  type CompletionProgress,
  completionProgress,
  meetsCompletionRule,
} from './completion.js';
export type {
  ProgrammeContext as Context,
  ProgrammeParty as Party,
  ProgrammeRecords as Records,
} from './context.js';
export {
  type CompletedDevelopment,
  type DevelopmentRecord,
  developmentRecord,
} from './development-record.js';
export { toMarkdownTable, toMermaid } from './docs.js';
export { type EnrolmentRequest, enrol, type ProgrammeChange as Change } from './enrol.js';
export { lifecycle } from './lifecycle.js';
export { replayPlace } from './place-replay.js';
export {
  enrolPractitioner,
  type PlaceChange,
  type PlaceOutcome,
  type PlaceRequest,
  transitionPlace,
  withdrawPractitioner,
} from './practitioner-places.js';
export { fillPlaces, mergeEnrolments, PROMOTED_REASON } from './promote.js';
export {
  activeEnrolmentStatuses,
  holdingPlaces,
  isActiveEnrolment,
  lastSessionStart,
  placesLeft,
  programmeEnd,
  waitingList,
  waitingListPosition,
} from './roster.js';
export { allowedCommands, type Outcome, transition } from './transition.js';
export type {
  EnrolmentContext,
  EnrolmentEvent,
  EventBody,
  Rejection,
  RejectionCode,
} from './types.js';
export {
  CURRENT_ENROLMENT_SCHEMA_VERSION,
  CURRENT_PROGRAMME_SCHEMA_VERSION,
  upcastEnrolment,
  upcastProgramme,
} from './upcast.js';
export { withdraw } from './withdraw.js';
