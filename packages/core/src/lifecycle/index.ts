export { defineLifecycle } from './define.js';
export type { LifecycleStart } from './diagram.js';
export { toMarkdownTable, toMermaid } from './diagram.js';
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
export type {
  HistoryRejectionCode,
  LifecycleRejectionCode,
  Rejection,
} from './rejection.js';
export { lifecycleRejectionCodes, rejectionOf } from './rejection.js';
export type {
  CommandGroup,
  CommandOf,
  CommandSpec,
  CommandSpecs,
  CommandType,
  Decision,
  DynamicTarget,
  EventOf,
  EventType,
  Evolved,
  Evolver,
  Evolvers,
  LifecycleTypes,
  Target,
} from './types.js';
export { targetOneOf } from './types.js';
