import {
  err,
  type InstrumentDefinition,
  ok,
  parseInstrumentDefinition,
  type Result,
} from '@livewell/core';
import { checkDefinition } from './check-definition.js';
import type { InstrumentDefinitionError } from './definition-error.js';

/**
 * Validates an instrument definition: its shape, then the rules a shape cannot express
 * (unique item and scale ids, known references, reachable bands in order without overlaps or
 * gaps covering the declared range, flag thresholds the scale can reach, lookup tables with one
 * row per raw score, a declared range matching the items, a feasible missing-data rule). Every
 * broken rule is listed by `code`; the message names the first. Never throws.
 *
 * @example
 * const r = defineInstrument(myDefinition);
 * if (!r.ok) console.error(r.error.code, r.error.message);
 */
export function defineInstrument(
  input: unknown,
): Result<InstrumentDefinition, InstrumentDefinitionError> {
  const parsed = parseInstrumentDefinition(input);
  if (!parsed.ok) return parsed;
  const problems = checkDefinition(parsed.value);
  if (problems.length === 0) return ok(parsed.value);
  const first = problems[0];
  return err({
    code: 'invalid-definition',
    message: `Instrument "${parsed.value.id}" is not usable: ${first?.message ?? 'unknown problem'} (${first?.code ?? ''} at ${first?.path ?? ''})`,
    instrumentId: parsed.value.id,
    problems,
  });
}
