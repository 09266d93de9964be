/**
 * Commands are defined in `@livewell/core` (with `parseCarePlanCommand` for input from outside);
 * re-exported here for convenience. A command is an intention (imperative); if accepted it
 * becomes one or more past-tense events. Ids of new records are never part of a command.
 */
export type { CarePlanCommand, CarePlanCommandOf, CarePlanCommandType } from '@livewell/core';
