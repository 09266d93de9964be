export { defineLifecycle } from './define.js';
export { type LifecycleStart, toMarkdownTable, toMermaid } from './diagram.js';
export type {
  EveryEventEvolved,
  Lifecycle,
  LifecycleDefinition,
  LifecycleHistory,
  OtherEvolvers,
  OwnedEvents,
  Stepped,
  Transitioned,
  TransitionRejection,
} from './lifecycle-shape.js';
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
