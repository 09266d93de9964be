import { makeParser } from '../parse.js';
import { AssessmentSchema, ScoredAssessmentSchema } from './assessment.js';
import { InstrumentDefinitionSchema } from './instrument-definition.js';
import { LicensedResultSchema } from './licensed-result.js';

/** Parses untrusted input as an {@link InstrumentDefinition} (shape only; see `defineInstrument`). */
export const parseInstrumentDefinition = makeParser(
  'InstrumentDefinition',
  InstrumentDefinitionSchema,
);
/** Parses untrusted input as an {@link Assessment}. */
export const parseAssessment = makeParser('Assessment', AssessmentSchema);
/** Parses untrusted input as a {@link ScoredAssessment} (an assessment that carries scores). */
export const parseScoredAssessment = makeParser('ScoredAssessment', ScoredAssessmentSchema);
/** Parses untrusted input as a {@link LicensedResult}. */
export const parseLicensedResult = makeParser('LicensedResult', LicensedResultSchema);
