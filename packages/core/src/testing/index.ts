/**
 * @livewell/core/testing — fast-check arbitraries for every domain type, for livewell's own
 * property tests and for downstream products' tests. Requires `fast-check` (optional peer).
 *
 * @packageDocumentation
 */
import type fc from 'fast-check';
import type { SchemaName } from '../catalogue.js';
import { activationArbitraries } from './activation.js';
import { auditEventArb } from './audit.js';
import { carePlanArbitraries } from './care-plan.js';
import { directoryArbitraries } from './directory.js';
import {
  careTeamArb,
  personArb,
  practitionerArb,
  practitionerMembershipArb,
  trustedSystemArb,
} from './people.js';
import { practiceArbitraries } from './practice.js';
import { referralArbitraries } from './referral.js';
import { sessionPlacesArbitraries } from './session-places.js';
import {
  actorArb,
  addressArb,
  codingArb,
  isoInstantArb,
  periodArb,
  tenantIdArb,
  timeZoneArb,
} from './shared.js';
import { subjectArbitraries } from './subjects.js';
import { worklistArbitraries } from './worklist.js';

export {
  activationArbitraries,
  activationLevelArb,
  activationScoreArb,
  anyAssessmentArb,
  assessmentArb,
  instrumentDefinitionArb,
  licensedResultArb,
  raisedFlagArb,
  scorerRefArb,
  unscorableAssessmentArb,
} from './activation.js';
export { auditEventArb, jsonValueArb } from './audit.js';
export {
  actionPlanArb,
  actionPlanChangesArb,
  appointmentArb,
  carePlanArb,
  carePlanArbitraries,
  carePlanCommandArb,
  carePlanEventArb,
  carePlanPolicyArb,
  checkInArb,
  contingencyPlanArb,
  goalArb,
  goalMeasureArb,
  planCareTeamArb,
  reviewArb,
  supportContactArb,
  supportNeedArb,
  whatMattersToMeArb,
} from './care-plan.js';
export {
  agendaArb,
  agendaEntryArb,
  agendaSheetArb,
  agendaTopicOutcomeArb,
  preparationLetterArb,
  preparationResultArb,
  reminderArb,
} from './care-plan-agenda.js';
export type { DirectoryData } from './directory.js';
export {
  accessibilityFeaturesArb,
  capacityArb,
  conditionTermArb,
  conditionTermPool,
  contactArb,
  costArb,
  directoryArb,
  directoryArbitraries,
  eligibilityArb,
  englandPointArb,
  locationArb,
  needTermArb,
  needTermPool,
  organisationArb,
  recurrenceArb,
  scheduleArb,
  scheduleDateArb,
  scheduleExceptionArb,
  serviceArb,
  serviceAreaArb,
  serviceAtLocationArb,
} from './directory.js';
export { hostileArb, mutatedArb } from './hostile.js';
export {
  mutateAt,
  mutatedJsonArb,
  type ValueMutation,
  type ValuePath,
  valueMutationArb,
  valuePaths,
} from './mutations.js';
export {
  carerArb,
  careTeamArb,
  communicationPreferencesArb,
  personArb,
  practitionerArb,
  practitionerMembershipArb,
  trustedSystemArb,
} from './people.js';
export {
  improvementArb,
  improvementCommandArb,
  improvementEventArb,
  practiceArbitraries,
  practitionerPlaceArb,
  practitionerPlaceEventArb,
} from './practice.js';
export {
  attendanceRecordArb,
  completionRuleArb,
  enrolmentArb,
  enrolmentCommandArb,
  enrolmentRequestArb,
  enrolmentStatusArb,
  newReferralArb,
  programmeArb,
  programmeSessionsArb,
  referralArb,
  referralArbitraries,
  referralCommandArb,
  referralEventArb,
  referralNotCompletedCauseArb,
  referralPathArb,
  referralReasonArb,
} from './referral.js';
export { sessionPlacesArb, sessionPlacesArbitraries, sessionRefArb } from './session-places.js';
export {
  actorArb,
  addressArb,
  carerIdArb,
  codingArb,
  geoPointArb,
  idStringArb,
  isoDateArb,
  isoInstantArb,
  localTimeArb,
  periodArb,
  personIdArb,
  practitionerIdArb,
  practitionerRoleArb,
  recordIdArb,
  tenantIdArb,
  textArb,
  timeZoneArb,
} from './shared.js';
export {
  assessmentSubjectArb,
  practiceAssessmentArb,
  practitionerAssessmentArb,
  subjectArbitraries,
} from './subjects.js';
export {
  staffMemberArb,
  taskArb,
  taskCommandArb,
  taskEventArb,
  taskOwnerArb,
  taskReasonArb,
  worklistArbitraries,
} from './worklist.js';

/** One arbitrary per schema in `schemaCatalogue`, keyed by schema name. */
export const catalogueArbitraries: Partial<Record<SchemaName, fc.Arbitrary<unknown>>> = {
  Actor: actorArb,
  Coding: codingArb,
  Period: periodArb,
  Address: addressArb,
  TenantId: tenantIdArb,
  TimeZone: timeZoneArb,
  IsoInstant: isoInstantArb,
  Person: personArb,
  Practitioner: practitionerArb,
  CareTeam: careTeamArb,
  PractitionerMembership: practitionerMembershipArb,
  TrustedSystem: trustedSystemArb,
  AuditEvent: auditEventArb,
  ...carePlanArbitraries,
  ...activationArbitraries,
  ...directoryArbitraries,
  ...referralArbitraries,
  ...worklistArbitraries,
  ...subjectArbitraries,
  ...practiceArbitraries,
  ...sessionPlacesArbitraries,
};
