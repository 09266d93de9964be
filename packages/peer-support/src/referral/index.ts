// The referral area of @livewell/peer-support, exported from the package root as `referral`.
export {
  type NeedCount,
  type OutcomeChange,
  type ReferralCohortFigures,
  referralCohortFigures,
} from './cohort-figures.js';
export { type Command, type CommandType, reasonRequiredCommands } from './command.js';
export type {
  ReferralContext as Context,
  ReferralParty as Party,
  ReferralRecords as Records,
} from './context.js';
export { create, type NewReferral } from './create.js';
export { toMarkdownTable, toMermaid } from './docs.js';
export { fromCreated, lifecycle } from './lifecycle.js';
export {
  type MeasureChange,
  measureChange,
  type OutcomeDirection,
  type OutcomeSummary,
  type OutcomeSummaryError,
  outcomeSummary,
} from './outcome-summary.js';
export { partiesOf } from './parties.js';
export { allowedCommands, type Outcome, replay, transition } from './transition.js';
export type { Access, Rejection, RejectionCode } from './types.js';
export {
  CURRENT_REFERRAL_SCHEMA_VERSION,
  upcastReferral,
  upcastReferralEvent,
} from './upcast.js';
