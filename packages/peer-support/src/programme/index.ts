export { type AttendanceRecord, recordAttendance } from './attendance.js';
export { closeEnrolment, closeProgramme, PROGRAMME_ENDED_REASON } from './close.js';
export {
  attendedSessionIds,
  type CompletionProgress,
  completionProgress,
  meetsCompletionRule,
} from './completion.js';
export type { ProgrammeContext } from './context.js';
export { type EnrolmentRequest, enrol, type ProgrammeChange } from './enrol.js';
export { fillPlaces, mergeEnrolments, PROMOTED_REASON } from './promote.js';
export {
  type ProgrammeRejection,
  type ProgrammeRejectionCode,
  programmeRejection,
} from './rejection.js';
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
export {
  CURRENT_ENROLMENT_SCHEMA_VERSION,
  CURRENT_PROGRAMME_SCHEMA_VERSION,
  upcastEnrolment,
  upcastProgramme,
} from './upcast.js';
export { withdraw } from './withdraw.js';
