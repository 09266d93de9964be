export type { ScheduleAvailability } from './available-time.js';
export { describeSchedule, isRepresentable, scheduleAvailability } from './available-time.js';
export {
  LANGUAGE_SYSTEM,
  toFhirHealthcareService,
  toFhirLocation,
  toFhirOrganization,
} from './export-directory.js';
export {
  fromFhirHealthcareService,
  fromFhirLocation,
  fromFhirOrganization,
} from './import-directory.js';
