export { TASK_REASON_SYSTEM, toFhirTask, WORKLIST_STATUS_SYSTEM } from './export-task.js';
export {
  ASSESSMENT_FLAG_SYSTEM,
  flagObservationId,
  toFhirFlagObservation,
} from './flag-observation.js';
export { toFhirTaskPriority, toFhirWorklistTaskStatus } from './status.js';
