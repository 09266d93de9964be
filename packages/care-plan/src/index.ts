/**
 * @livewell/care-plan — the care and support planning lifecycle as a pure state machine:
 * commands in, past-tense events out, replay, rules, preparation timeline, FHIR status mapping
 * and a Mermaid diagram, all derived (by the core lifecycle kit) from one record of command specs.
 *
 * @packageDocumentation
 */
export * from './allowed.js';
export * from './commands.js';
export * from './context.js';
export type { Decision } from './decision.js';
export * from './diagram-doc.js';
export type { CarePlanEventBody } from './event-factory.js';
export { applyEvent } from './evolve.js';
export * from './fhir.js';
export type { Caller, CarePlanTypes } from './lifecycle-types.js';
export { carePlanCommands, carePlanLifecycle } from './machine.js';
export * from './mermaid.js';
export * from './permissions.js';
export * from './preparation.js';
export * from './rejection.js';
export * from './replay.js';
export * from './review-due.js';
export * from './revise.js';
export { agreementProblems, liveGoalStatuses, resultsLeadTimeProblem } from './rules.js';
export * from './start.js';
export * from './table.js';
export * from './transition.js';
export * from './upcast.js';
