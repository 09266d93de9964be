export type { CompiledInstrument } from './compile.js';
export { compileChecked, compileInstrument } from './compile.js';
export { defineInstrument } from './define-instrument.js';
export type {
  DefinitionProblem,
  DefinitionProblemCode,
  InstrumentDefinitionError,
  InvalidDefinition,
} from './definition-error.js';
export { flagsOf, urgentFlags } from './flags-of.js';
export { referenceScore } from './reference.js';
export { roundTo, sameScore, stepOf } from './rounding.js';
export { compiledFor, invalidDefinition, score } from './score.js';
export type {
  ResponseSet,
  Responses,
  Scored,
  SubscaleScore,
  Unscorable,
  UnscorableCode,
} from './types.js';
