import type { InstrumentDefinition } from '@livewell/core';
import { defineInstrument } from '../engine/define-instrument.js';
import { fastCheck } from './fast-check.js';
import { type InstrumentLaw, type InstrumentLawName, instrumentLaws } from './properties.js';

/** How hard to check. */
export interface LawRunOptions {
  /** Runs per law (default 200). */
  readonly numRuns?: number;
  /** Fix the seed to reproduce a failure. */
  readonly seed?: number;
}

/** The outcome of one law. */
export interface LawResult {
  readonly law: InstrumentLawName | 'validDefinition';
  readonly ok: boolean;
  /** The failure message and counterexample, when broken. */
  readonly failure?: string;
}

/** The outcome of the whole suite on one definition. */
export interface LawReport {
  readonly instrumentId: string;
  readonly ok: boolean;
  readonly results: readonly LawResult[];
}

/**
 * Runs every law on a definition and returns a report (never throws). Works under any test
 * runner or plain node.
 *
 * @example
 * const report = checkInstrumentLaws(myInstrument, { numRuns: 500 });
 * if (!report.ok) console.error(report.results.filter((r) => !r.ok));
 */
export function checkInstrumentLaws(
  def: InstrumentDefinition,
  options: LawRunOptions = {},
): LawReport {
  const valid = defineInstrument(def);
  const id = valid.ok
    ? valid.value.id
    : valid.error.code === 'invalid-definition'
      ? valid.error.instrumentId
      : 'unknown';
  if (!valid.ok) {
    return {
      instrumentId: id,
      ok: false,
      results: [{ law: 'validDefinition', ok: false, failure: valid.error.message }],
    };
  }
  const fc = fastCheck();
  const laws = instrumentLaws(valid.value);
  const results: LawResult[] = [{ law: 'validDefinition', ok: true }];
  for (const [law, property] of Object.entries(laws) as [InstrumentLawName, InstrumentLaw][]) {
    const details = fc.check(property, {
      numRuns: options.numRuns ?? 200,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    });
    if (details.failed) {
      const cause =
        details.errorInstance instanceof Error
          ? details.errorInstance.message
          : String(details.errorInstance);
      results.push({
        law,
        ok: false,
        failure: `${cause}; counterexample ${JSON.stringify(details.counterexample)} (seed ${details.seed})`,
      });
    } else results.push({ law, ok: true });
  }
  return { instrumentId: id, ok: results.every((r) => r.ok), results };
}

/** Thrown by {@link assertInstrumentLaws} when a law is broken (for test suites). */
export class InstrumentLawViolation extends Error {
  readonly code = 'instrument-law-violated';
  constructor(readonly report: LawReport) {
    super(
      `${report.instrumentId} breaks: ${report.results
        .filter((r) => !r.ok)
        .map((r) => `${r.law} (${r.failure ?? ''})`)
        .join('; ')}`,
    );
    this.name = 'InstrumentLawViolation';
  }
}

/** Runs every law and throws {@link InstrumentLawViolation} if any is broken; use inside a test. */
export function assertInstrumentLaws(
  def: InstrumentDefinition,
  options: LawRunOptions = {},
): LawReport {
  const report = checkInstrumentLaws(def, options);
  if (!report.ok) throw new InstrumentLawViolation(report);
  return report;
}
