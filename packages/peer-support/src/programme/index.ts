export { programmePartiesOf } from './access.js';
export { type AttendanceRecord, recordAttendance } from './attendance.js';
export { closeEnrolment, closeProgramme, PROGRAMME_ENDED_REASON } from './close.js';
export {
  attendedSessionIds,
  type CompletionProgress,
  completionProgress,
  meetsCompletionRule,
} from './completion.js';
export type { ProgrammeContext, ProgrammeParty, ProgrammeRecords } from './context.js';
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
export { upcastEnrolment, upcastProgramme } from './upcast.js';
export { withdraw } from './withdraw.js';
