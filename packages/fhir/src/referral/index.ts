export type { ReferralDeclinedBy } from './decline.js';
export { declineReason, whoDeclined } from './decline.js';
export type { ReferralResources } from './export-referral.js';
export {
  REFERRAL_CATEGORY_TEXT,
  REFERRAL_STATUS_SYSTEM,
  referralIntent,
  TASK_FULFILL,
  toFhirReferral,
} from './export-referral.js';
export type { ReferralImport } from './import-referral.js';
export { fromFhirReferral } from './import-referral.js';
export type { FhirTaskStatus } from './status.js';
export {
  fhirTaskStatuses,
  fromFhirTaskStatus,
  sdohReferralTaskStatuses,
  toFhirServiceRequestStatus,
  toFhirTaskStatus,
} from './status.js';
