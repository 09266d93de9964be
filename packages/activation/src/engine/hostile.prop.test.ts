import { parseAssessment, parseInstrumentDefinition, parseLicensedResult } from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentFromScoring } from '../assessment/from-scored.js';
import { phq9 } from '../instruments/phq9.js';
import { readinessReport } from '../instruments/readiness-report.js';
import { shippedInstruments } from '../instruments/shipped.js';
import { checkInstrumentLaws } from '../laws/run.js';
import { pam13 } from '../licensed/descriptors.js';
import { recordLicensedResult } from '../licensed/record-licensed-result.js';
import { anyInputArb, buildHostile, hostileRecipeArb } from '../test-support/hostile.js';
import { compileInstrument } from './compile.js';
import { defineInstrument } from './define-instrument.js';
import { referenceScore } from './reference.js';
import { scoreByReference } from './reference-score.js';
import { score } from './score.js';
import type { Responses } from './types.js';

// Issue 11: every scoring entry point and parser, given any JSON or hostile value, returns a
// typed result and never throws.

const instruments = Object.values(shippedInstruments);
const isResult = (r: { ok: boolean }) => typeof r.ok === 'boolean';

describe('scoring never throws on outside input', () => {
  it('score, referenceScore and the compiled scorer, for any responses', () => {
    fc.assert(
      fc.property(fc.constantFrom(...instruments), anyInputArb, (def, input) => {
        const responses = input();
        const compiled = compileInstrument(def);
        if (!compiled.ok) throw new Error(compiled.error.message);
        const rs = responses as Responses;
        const results = [score(def, rs), referenceScore(def, rs), compiled.value.score(rs)];
        for (const r of results) {
          expect(isResult(r)).toBe(true);
          if (!r.ok) expect(r.error.code).toMatch(/^[a-z-]+$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('score, referenceScore, compileInstrument and defineInstrument, for any instrument', () => {
    fc.assert(
      fc.property(anyInputArb, (input) => {
        const instrument = input();
        const rs = [{ itemId: 'phq9-1', value: 1 }];
        const s = score(instrument as typeof phq9, rs);
        expect(!s.ok && s.error.code).toBe('invalid-definition');
        const ref = referenceScore(instrument, rs);
        expect(!ref.ok && ref.error.code).toBe('invalid-definition');
        expect(compileInstrument(instrument as typeof phq9).ok).toBe(false);
        expect(defineInstrument(instrument).ok).toBe(false);
        expect(parseInstrumentDefinition(instrument).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('the reference scorer keeps its word for hostile lists (same outcome as the compiled one)', () => {
    fc.assert(
      fc.property(hostileRecipeArb, (name) => {
        const responses = buildHostile(name);
        const compiled = compileInstrument(phq9);
        if (!compiled.ok) throw new Error(compiled.error.message);
        const a = compiled.value.score(responses as Responses);
        const b = scoreByReference(phq9, responses);
        expect(a.ok).toBe(b.ok);
        if (!a.ok && !b.ok) expect(a.error.code).toBe(b.error.code);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    [
      'a list whose length is Infinity',
      new Proxy([], { get: (t, k) => (k === 'length' ? Infinity : Reflect.get(t, k)) }),
    ],
    ['20,000 entries', Array.from({ length: 20_000 }, () => ({ itemId: 'phq9-1', value: 1 }))],
    [
      'a revoked proxy',
      (() => {
        const p = Proxy.revocable([], {});
        p.revoke();
        return p.proxy;
      })(),
    ],
  ])('refuses %s as malformed-responses', (_name, responses) => {
    const r = score(phq9, responses as Responses);
    expect(!r.ok && r.error.code).toBe('malformed-responses');
  });

  it('readinessReport, assessmentFromScoring and recordLicensedResult, for any input', () => {
    fc.assert(
      fc.property(anyInputArb, anyInputArb, (makeInput, makeContext) => {
        const input = makeInput();
        const context = makeContext();
        expect(isResult(readinessReport(input as never))).toBe(true);
        const scored = score(phq9, input as Responses);
        const ctx = {
          id: 'a-1',
          tenantId: 't-1',
          personId: 'p-1',
          completedAt: '2026-03-01T10:00:00Z',
          responses: input as never,
        };
        expect(isResult(assessmentFromScoring(scored, ctx))).toBe(true);
        expect(isResult(assessmentFromScoring(scored, context as never))).toBe(true);
        expect(isResult(recordLicensedResult(pam13, input, ctx))).toBe(true);
        expect(isResult(recordLicensedResult(pam13, input, context as never))).toBe(true);
        expect(isResult(parseAssessment(input))).toBe(true);
        expect(isResult(parseLicensedResult(input))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the law suite reports an unusable definition instead of throwing', () => {
    fc.assert(
      fc.property(anyInputArb, (makeDef) => {
        const def = makeDef();
        const report = checkInstrumentLaws(def as typeof phq9, { numRuns: 1 });
        expect(report.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
