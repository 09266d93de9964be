import fc from 'fast-check';
import type {
  ActivationLevel,
  Assessment,
  AssessmentProvenance,
  Band,
  FlagRule,
  InstrumentDefinition,
  InstrumentItem,
  InstrumentLicence,
  ItemResponse,
  LicensedResult,
  MissingDataRule,
  RaisedFlag,
  ScoredAssessment,
  ScorerRef,
  ScoringRule,
  UnscorableAssessment,
} from '../activation/index.js';
import { instrumentSubjectKinds } from '../activation/instrument-subjects.js';
import {
  actorArb,
  codingArb,
  isoInstantArb,
  personIdArb,
  recordIdArb,
  tenantIdArb,
  textArb,
} from './shared.js';

const slugArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);

/** An activation level 1–4. */
export const activationLevelArb: fc.Arbitrary<ActivationLevel> = fc.constantFrom(1, 2, 3, 4);

/** An activation score 0–100 with one decimal. */
export const activationScoreArb: fc.Arbitrary<number> = fc
  .integer({ min: 0, max: 1000 })
  .map((tenths) => tenths / 10);

/** A licensed scorer reference. */
export const scorerRefArb: fc.Arbitrary<ScorerRef> = fc.record(
  { id: slugArb, name: textArb(40), version: fc.constantFrom('1', '2.3', '2024-01') },
  { requiredKeys: ['id', 'name'] },
);

const instrumentRefArb = fc.record({
  // A person's instrument: never one known to assess a practitioner or practice (issue 16).
  id: slugArb.filter((id) => !Object.hasOwn(instrumentSubjectKinds, id)),
  version: fc.constantFrom('1.0.0', '13', '2005'),
});

/** A result as returned by a licensed external scorer. */
export const licensedResultArb: fc.Arbitrary<LicensedResult> = fc.oneof(
  fc.record({
    kind: fc.constant('activation' as const),
    instrument: instrumentRefArb,
    scorer: scorerRefArb,
    licenceReference: textArb(30),
    scoredAt: isoInstantArb,
    score: activationScoreArb,
    level: activationLevelArb,
  }),
  fc.record({
    kind: fc.constant('scale' as const),
    instrument: instrumentRefArb,
    scorer: scorerRefArb,
    licenceReference: textArb(30),
    scoredAt: isoInstantArb,
    score: fc.integer({ min: 700, max: 3500 }).map((n) => n / 100),
  }),
);

/** A raised flag. */
export const raisedFlagArb: fc.Arbitrary<RaisedFlag> = fc.record(
  {
    code: slugArb,
    severity: fc.constantFrom('urgent', 'review', 'info'),
    message: textArb(60),
    itemId: slugArb,
  },
  { requiredKeys: ['code', 'severity', 'message'] },
);

const provenanceArb: fc.Arbitrary<AssessmentProvenance> = fc.oneof(
  fc.record({
    kind: fc.constant('engine' as const),
    engine: fc.constant('@livewell/activation'),
    instrumentVersion: fc.constantFrom('1.0.0', '2'),
  }),
  fc.record({
    kind: fc.constant('licensed-scorer' as const),
    scorer: scorerRefArb,
    licenceReference: textArb(30),
    instrumentVersion: fc.constantFrom('13', '10'),
    scoredAt: isoInstantArb,
  }),
  fc.record({
    kind: fc.constant('imported' as const),
    system: textArb(30),
    instrumentVersion: fc.constantFrom('1.0.0', 'R4'),
  }),
);

const responseArb: fc.Arbitrary<ItemResponse> = fc.record({
  itemId: slugArb,
  value: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
});

/** A persisted scored assessment (the shape every release has stored). */
export const assessmentArb: fc.Arbitrary<ScoredAssessment> = fc.record(
  {
    schemaVersion: fc.constant(1 as const),
    id: recordIdArb,
    tenantId: tenantIdArb,
    personId: personIdArb,
    instrument: instrumentRefArb,
    completedAt: isoInstantArb,
    responses: fc.array(responseArb, { maxLength: 10 }),
    scores: fc.record({
      total: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
      subscales: fc.array(
        fc.record({
          id: slugArb,
          score: fc.option(
            fc.integer({ min: 0, max: 500 }).map((n) => n / 100),
            { nil: null },
          ),
        }),
        { maxLength: 5 },
      ),
    }),
    band: fc.record({ code: slugArb, label: textArb(30) }),
    level: activationLevelArb,
    flags: fc.array(raisedFlagArb, { maxLength: 3 }),
    provenance: provenanceArb,
    mode: fc.constantFrom('self-completed', 'assisted', 'interview'),
    recordedBy: actorArb,
  },
  {
    requiredKeys: [
      'schemaVersion',
      'id',
      'tenantId',
      'personId',
      'instrument',
      'completedAt',
      'responses',
      'scores',
      'flags',
      'provenance',
    ],
  },
);

/** A persisted assessment that could not be scored (flags and missing items, no scores). */
export const unscorableAssessmentArb: fc.Arbitrary<UnscorableAssessment> = fc.record(
  {
    schemaVersion: fc.constant(1 as const),
    status: fc.constant('unscorable' as const),
    id: recordIdArb,
    tenantId: tenantIdArb,
    personId: personIdArb,
    instrument: instrumentRefArb,
    completedAt: isoInstantArb,
    responses: fc.array(responseArb, { maxLength: 10 }),
    unscored: fc.record({
      code: fc.constantFrom('too-many-missing' as const, 'out-of-range' as const),
      message: textArb(60),
      answered: fc.integer({ min: 0, max: 9 }),
    }),
    flags: fc.array(raisedFlagArb, { maxLength: 3 }),
    missingItems: fc.uniqueArray(slugArb, { maxLength: 3 }),
    provenance: provenanceArb,
    mode: fc.constantFrom('self-completed', 'assisted', 'interview'),
    recordedBy: actorArb,
  },
  {
    requiredKeys: [
      'schemaVersion',
      'status',
      'id',
      'tenantId',
      'personId',
      'instrument',
      'completedAt',
      'responses',
      'unscored',
      'flags',
      'provenance',
    ],
  },
);

/** Any persisted assessment: scored (with or without `status`) or stored without a score. */
export const anyAssessmentArb: fc.Arbitrary<Assessment> = fc.oneof(
  assessmentArb,
  assessmentArb.map((a): Assessment => ({ ...a, status: 'scored', missingItems: [] })),
  unscorableAssessmentArb,
);

interface Shape {
  n: number;
  lo: number;
  k: number;
  reverse: boolean[];
}

const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

const ruleArb = (shape: Shape): fc.Arbitrary<{ rule: ScoringRule; min: number; max: number }> => {
  const hi = shape.lo + shape.k - 1;
  const rawMin = shape.n * shape.lo;
  const rawMax = shape.n * hi;
  const ids = Array.from({ length: shape.n }, (_, i) => `i${i + 1}`);
  return fc.oneof(
    fc.constant({ rule: { method: 'sum' } as ScoringRule, min: rawMin, max: rawMax }),
    fc.constant({ rule: { method: 'mean' } as ScoringRule, min: shape.lo, max: hi }),
    fc
      .array(fc.integer({ min: 1, max: 3 }), { minLength: shape.n, maxLength: shape.n })
      .map((ws) => {
        const total = ws.reduce((a, b) => a + b, 0);
        const weights = ids.map((itemId, i) => ({ itemId, weight: ws[i] ?? 1 }));
        return {
          rule: { method: 'weighted-sum', weights } as ScoringRule,
          min: shape.lo * total,
          max: hi * total,
        };
      }),
    fc
      .array(fc.integer({ min: 0, max: 4 }), {
        minLength: rawMax - rawMin + 1,
        maxLength: rawMax - rawMin + 1,
      })
      .map((steps) => {
        let acc = 0;
        const table = steps.map((step, i) => {
          acc += i === 0 ? 0 : step;
          return { raw: rawMin + i, score: acc };
        });
        return { rule: { method: 'lookup', table } as ScoringRule, min: 0, max: acc };
      }),
    fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: -10, max: 10 }))
      .map(([slope, intercept]) => ({
        rule: { method: 'linear', base: 'sum', slope, intercept } as ScoringRule,
        min: slope * rawMin + intercept,
        max: slope * rawMax + intercept,
      })),
  );
};

const bandsArb = (min: number, max: number, decimals: number): fc.Arbitrary<Band[]> => {
  const f = 10 ** decimals;
  const lo = Math.round(min * f);
  const hi = Math.round(max * f);
  if (hi <= lo) return fc.constant([]);
  return fc.uniqueArray(fc.integer({ min: lo + 1, max: hi }), { maxLength: 3 }).map((cuts) => {
    const starts = [lo, ...cuts.sort((a, b) => a - b)];
    return starts.map((start, i) => {
      const next = starts[i + 1];
      return {
        code: `band-${i + 1}`,
        label: `Band ${i + 1}`,
        min: start / f,
        max: next === undefined ? hi / f : (next - 1) / f,
      };
    });
  });
};

/** Means never prorate; sums that allow missing items always do (or they leave their range). */
const missingArb = (n: number, isSum: boolean): fc.Arbitrary<MissingDataRule> =>
  fc.oneof(
    fc.constant({ kind: 'all-required' as const }),
    fc.record({
      kind: fc.constant('min-answered' as const),
      minAnswered: fc.integer({ min: 1, max: n }),
      prorate: fc.constant(isSum),
    }),
    fc.record({
      kind: fc.constant('max-missing' as const),
      maxMissing: fc.integer({ min: 0, max: n - 1 }),
      prorate: fc.constant(isSum),
    }),
  );

const licenceArb: fc.Arbitrary<InstrumentLicence> = fc.record(
  {
    kind: fc.constantFrom('public-domain', 'free', 'free-with-notice', 'unknown'),
    holder: textArb(40),
    notice: textArb(60),
    itemTextAllowed: fc.boolean(),
    summary: textArb(60),
  },
  { requiredKeys: ['kind', 'itemTextAllowed', 'summary'] },
);

/**
 * A valid instrument definition (items on one contiguous integer scale, any scoring rule,
 * bands partitioning the range, a missing-data rule, sometimes an item flag). Every value
 * passes `defineInstrument`, so the law suite can run over it.
 */
export const instrumentDefinitionArb: fc.Arbitrary<InstrumentDefinition> = fc
  .record({
    n: fc.integer({ min: 1, max: 6 }),
    lo: fc.constantFrom(0, 1),
    k: fc.integer({ min: 2, max: 5 }),
  })
  .chain(({ n, lo, k }) =>
    fc
      .array(fc.boolean(), { minLength: n, maxLength: n })
      .map((reverse) => ({ n, lo, k, reverse })),
  )
  .chain((shape) =>
    ruleArb(shape).chain(({ rule, min, max }) => {
      const decimals = rule.method === 'mean' ? 2 : 0;
      const isSum = rule.method !== 'mean';
      return fc.record({
        shape: fc.constant(shape),
        rule: fc.constant(rule),
        range: fc.constant({ min: round(min, decimals), max: round(max, decimals) }),
        decimals: fc.constant(decimals),
        bands: bandsArb(min, max, decimals),
        missing: missingArb(shape.n, isSum),
        higherIs: fc.constantFrom('better' as const, 'worse' as const),
        flag: fc.boolean(),
        licence: licenceArb,
        name: textArb(40),
        id: slugArb,
        codes: fc.array(codingArb, { maxLength: 2 }),
      });
    }),
  )
  .map((g): InstrumentDefinition => {
    const { n, lo, k, reverse } = g.shape;
    const items: InstrumentItem[] = reverse.map((rev, i) => ({
      id: `i${i + 1}`,
      label: `Item ${i + 1}`,
      scaleId: 'scale',
      reverse: rev,
      scored: true,
    }));
    const flags: FlagRule[] = g.flag
      ? [
          {
            code: 'i1-high',
            severity: 'review',
            message: 'Item 1 at its highest value',
            when: { source: 'item', itemId: 'i1', atLeast: lo + k - 1 },
          },
        ]
      : [];
    return {
      schemaVersion: 1,
      id: g.id,
      version: '1.0.0',
      name: g.name,
      shortName: `T${n}`,
      construct: 'A generated test instrument',
      scales: [
        {
          id: 'scale',
          options: Array.from({ length: k }, (_, j) => ({ value: lo + j, label: `Option ${j}` })),
        },
      ],
      items,
      scoring: {
        rule: g.rule,
        decimals: g.decimals,
        range: g.range,
        higherIs: g.higherIs,
        missing: g.missing,
      },
      subscales: [],
      bands: g.bands,
      flags,
      licence: g.licence,
      sources: [{ citation: 'Generated for property tests' }],
      codes: g.codes,
    };
  });

/** Arbitraries for the activation area's catalogue schemas, keyed by schema name. */
export const activationArbitraries: Record<string, fc.Arbitrary<unknown>> = {
  InstrumentDefinition: instrumentDefinitionArb,
  Assessment: anyAssessmentArb,
  LicensedResult: licensedResultArb,
};
