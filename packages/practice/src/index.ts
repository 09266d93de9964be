/**
 * @livewell/practice — the practice's own records: an improvement log of small changes to
 * systems and processes (idea → trial → in routine use, or dropped) on core's lifecycle kit,
 * with events and replay.
 *
 * @packageDocumentation
 */
export { partiesOf } from './improvement/access.js';
export { improvementDiagram, improvementTable } from './improvement/docs.js';
export {
  fromProposed,
  type ImprovementProposedEvent,
  lifecycle,
} from './improvement/lifecycle.js';
export { type ImprovementProposal, proposeImprovement } from './improvement/propose.js';
export {
  allowedCommands,
  type ImprovementChange,
  replay,
  transition,
} from './improvement/transition.js';
export type {
  EventBody,
  ImprovementContext,
  ImprovementParty,
  ImprovementTypes,
  Rejection,
  RejectionCode,
  TransitionEvent,
} from './improvement/types.js';
