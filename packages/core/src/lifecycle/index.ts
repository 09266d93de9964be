export {
  defineLifecycle,
  type EveryEventEvolved,
  type Lifecycle,
  type LifecycleDefinition,
  type LifecycleHistory,
  type OtherEvolvers,
  type OwnedEvents,
  type Stepped,
  type Transitioned,
  type TransitionRejection,
} from './define.js';
export { type LifecycleStart, toMarkdownTable, toMermaid } from './diagram.js';
export {
  type HistoryRejectionCode,
  type LifecycleRejectionCode,
  lifecycleRejectionCodes,
  type Rejection,
  rejectionOf,
} from './rejection.js';
export {
  type CommandGroup,
  type CommandOf,
  type CommandSpec,
  type CommandSpecs,
  type CommandType,
  type Decision,
  type DynamicTarget,
  type EventOf,
  type EventType,
  type Evolved,
  type Evolver,
  type Evolvers,
  type LifecycleTypes,
  type Target,
  targetOneOf,
} from './types.js';
