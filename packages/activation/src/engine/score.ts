import { err, type InstrumentDefinition, type Result } from '@livewell/core';
import { type CompiledInstrument, compileChecked } from './compile.js';
import { defineInstrument } from './define-instrument.js';
import type { InstrumentDefinitionError } from './definition-error.js';
import type { Responses, Scored, Unscorable } from './types.js';

/** What checking a definition gave: a compiled scorer, or why the definition is unusable. */
export type CheckedInstrument = Result<CompiledInstrument, InstrumentDefinitionError>;

/**
 * Compiled scorers by definition object, so `score(definition, …)` checks and compiles each
 * definition once. Definitions are treated as immutable values: changing one after scoring
 * with it is not seen (build a new object instead).
 */
const compiledByDefinition = new WeakMap<object, CheckedInstrument>();

function check(instrument: unknown): CheckedInstrument {
  const checked = defineInstrument(instrument);
  return checked.ok ? { ok: true, value: compileChecked(checked.value) } : checked;
}

/** The checked and compiled form of a definition, from the cache when it has been seen. */
export function compiledFor(instrument: unknown): CheckedInstrument {
  if (instrument === null || typeof instrument !== 'object') return check(instrument);
  const known = compiledByDefinition.get(instrument);
  if (known) return known;
  const checked = check(instrument);
  compiledByDefinition.set(instrument, checked);
  return checked;
}

/** A string property of a value that may be hostile, or `fallback`. */
function safeString(value: unknown, key: string, fallback: string): string {
  try {
    const v =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[key]
        : undefined;
    return typeof v === 'string' ? v : fallback;
  } catch {
    return fallback;
  }
}

/** The `invalid-definition` outcome for a definition that cannot be used. */
export function invalidDefinition(
  instrument: unknown,
  error: InstrumentDefinitionError,
): { readonly ok: false; readonly error: Unscorable } {
  const id = safeString(instrument, 'id', 'unknown');
  return err({
    code: 'invalid-definition',
    message: `The instrument definition is not usable: ${error.message}`,
    instrumentId: id,
    instrument: { id, version: safeString(instrument, 'version', 'unknown') },
    flags: [],
    answered: 0,
    missingItems: [],
  });
}

function isCompiled(x: unknown): x is CompiledInstrument {
  try {
    return (
      x !== null &&
      typeof x === 'object' &&
      (x as { kind?: unknown }).kind === 'compiled-instrument'
    );
  } catch {
    return false;
  }
}

/**
 * Scores one response set. Pure and deterministic: no clock, no partial scores. Bad input
 * (unknown or duplicate items, out-of-range, non-integer or NaN values, responses tagged for
 * another instrument, too many missing, values that cannot be read) gives an
 * {@link Unscorable} value, never a throw. Item flags (such as PHQ-9 item 9) are reported on
 * both outcomes. Each definition object is checked and compiled once, on first use.
 *
 * @example
 * const r = score(phq9, [{ itemId: 'phq9-1', value: 2 }, …]);
 * if (urgentFlags(r).length > 0) createClinicianTask();
 */
export function score(
  instrument: InstrumentDefinition | CompiledInstrument,
  responses: Responses,
): Result<Scored, Unscorable> {
  if (isCompiled(instrument)) return instrument.score(responses);
  const compiled = compiledFor(instrument);
  return compiled.ok
    ? compiled.value.score(responses)
    : invalidDefinition(instrument, compiled.error);
}
