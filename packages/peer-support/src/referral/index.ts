export {
  type FhirRequestStatus,
  type FhirTaskStatus,
  fromFhirTaskStatus,
  toFhirServiceRequestStatus,
  toFhirTaskStatus,
} from '@livewell/core';
export { allowedReferralCommands } from './allowed.js';
export {
  applyReferralEvent,
  referralFromCreated,
  replayReferral,
} from './apply.js';
export {
  type ReferralCommand,
  type ReferralCommandType,
  reasonRequiredCommands,
  referralCommandTypes,
} from './command.js';
export type { ReferralContext, ReferralParty, ReferralRecords } from './context.js';
export { createReferral, type NewReferral } from './create.js';
export { referralLifecycleMermaid } from './mermaid.js';
export { partiesOf } from './parties.js';
export {
  type ReferralRejection,
  type ReferralRejectionCode,
  referralRejection,
} from './rejection.js';
export { MAX_REASON_LENGTH, type ReferralOutcome, transitionReferral } from './transition.js';
export {
  findReferralTransition,
  type ReferralTransition,
  referralTransitions,
} from './transitions.js';
export { referralTransitionsMarkdown } from './transitions-markdown.js';
export {
  CURRENT_REFERRAL_SCHEMA_VERSION,
  type ReferralUpcastError,
  upcastReferral,
  upcastReferralEvent,
} from './upcast.js';
