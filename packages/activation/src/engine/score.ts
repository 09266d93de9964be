import { err, type InstrumentDefinition, type Result } from '@livewell/core';
import { type CompiledInstrument, compileInstrument } from './compile.js';
import type { Responses, Scored, Unscorable } from './types.js';

const isCompiled = (x: InstrumentDefinition | CompiledInstrument): x is CompiledInstrument =>
  (x as { kind?: unknown }).kind === 'compiled-instrument';

/**
 * Scores one response set. Pure and deterministic: no clock, no partial scores. Bad input
 * (unknown or duplicate items, out-of-range, non-integer or NaN values, responses tagged for
 * another instrument, too many missing) gives an {@link Unscorable} value, never a throw.
 * Item flags (such as PHQ-9 item 9) are reported on both outcomes.
 *
 * @example
 * const r = score(phq9, [{ itemId: 'phq9-1', value: 2 }, …]);
 * if (r.ok && r.value.flags.some((f) => f.severity === 'urgent')) createClinicianTask();
 */
export function score(
  instrument: InstrumentDefinition | CompiledInstrument,
  responses: Responses,
): Result<Scored, Unscorable> {
  if (instrument !== null && typeof instrument === 'object' && isCompiled(instrument)) {
    return instrument.score(responses);
  }
  const compiled = compileInstrument(instrument);
  if (compiled.ok) return compiled.value.score(responses);
  const id = (instrument as { id?: unknown } | null)?.id;
  return err({
    code: 'invalid-definition',
    message: `The instrument definition is not usable: ${compiled.error.message}`,
    instrumentId: typeof id === 'string' ? id : 'unknown',
    flags: [],
    answered: 0,
  });
}
