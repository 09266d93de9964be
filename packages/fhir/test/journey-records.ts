/**
 * Generated records for the person's-journey exports (referral outcomes, SMART goals). JSON has
 * no -0, so generated doubles are normalised to +0.
 */
import type {
  Actor,
  CarePlan,
  OutcomeMeasure,
  PlanTemplate,
  Referral,
  ReferralOutcome,
} from '@livewell/core';
import {
  actorArb,
  carePlanArb,
  codingArb,
  goalMeasureArb,
  isoInstantArb,
  recordIdArb,
  referralArb,
  textArb,
} from '@livewell/core/testing';
import fc from 'fast-check';

/** An outcome measure at start and end (ONS4 measures, PHQ-9 and GAD-7 totals). */
export const outcomeMeasureArb: fc.Arbitrary<OutcomeMeasure> = fc.record({
  instrumentId: fc.constantFrom('ons4', 'phq-9', 'gad-7', 'swemwbs'),
  score: fc.constantFrom('total', 'life-satisfaction', 'worthwhile', 'happiness', 'anxiety'),
  higherIs: fc.constantFrom('better', 'worse'),
  start: fc.record(
    {
      value: fc.oneof(
        fc.integer({ min: 0, max: 70 }),
        fc.double({ min: -1000, max: 1000, noNaN: true }).map((v) => v + 0),
      ),
      at: isoInstantArb,
      assessmentId: recordIdArb,
    },
    { requiredKeys: ['value', 'at'] },
  ),
  end: fc.record(
    { value: fc.integer({ min: 0, max: 70 }), at: isoInstantArb, assessmentId: recordIdArb },
    { requiredKeys: ['value', 'at'] },
  ),
});

/** What a completed referral achieved. */
export const referralOutcomeArb: fc.Arbitrary<ReferralOutcome> = fc.record({
  needsAddressed: fc.array(codingArb, { maxLength: 3 }),
  concernsAddressed: fc.array(textArb(60), { maxLength: 3 }),
  supportGiven: fc.array(textArb(60), { minLength: 1, maxLength: 3 }),
  measures: fc.array(outcomeMeasureArb, { maxLength: 4 }),
  summary: textArb(200),
});

/** A referral completed with an outcome, the GP to tell, and maybe when the message was sent. */
export const completedReferralArb: fc.Arbitrary<{
  referral: Referral;
  gp: Actor | undefined;
  sentAt: string | undefined;
}> = fc
  .record({
    referral: referralArb,
    outcome: referralOutcomeArb,
    completedAt: isoInstantArb,
    by: actorArb,
    gp: fc.option(actorArb, { nil: undefined }),
    sentAt: fc.option(isoInstantArb, { nil: undefined }),
  })
  .map(({ referral, outcome, completedAt, by, gp, sentAt }) => ({
    referral: {
      ...referral,
      status: 'completed' as const,
      history: [...referral.history, { status: 'completed' as const, at: completedAt, actor: by }],
      outcome,
    },
    gp,
    sentAt,
  }));

/**
 * A care plan whose goals are SMART (some of them: every other goal has a measure) and whose
 * check-ins carry measured values (every other one; some read from an assessment).
 */
export const smartCarePlanArb: fc.Arbitrary<CarePlan> = fc
  .tuple(
    carePlanArb,
    fc.infiniteStream(goalMeasureArb),
    fc.infiniteStream(
      fc.record(
        {
          value: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => v + 0),
          assessmentId: recordIdArb,
        },
        { requiredKeys: ['value'] },
      ),
    ),
  )
  .map(([plan, measures, values]) => {
    const goals = plan.goals.map((g, i) =>
      i % 2 === 0 ? { ...g, measure: measures.next().value } : g,
    );
    const actionPlans = plan.actionPlans.map((a, i) => ({
      ...a,
      ...(goals[i] ? { goalId: goals[i].id } : {}),
      checkIns: a.checkIns.map((c, j) =>
        j % 2 === 0 ? { ...c, measurement: values.next().value } : c,
      ),
    }));
    return { ...plan, goals, actionPlans };
  });

/** A plan template (condition pathway) with usual goals, some measured. */
export const planTemplateArb: fc.Arbitrary<PlanTemplate> = fc.record(
  {
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
    title: textArb(60),
    condition: codingArb,
    informationGathering: fc.array(textArb(60), { minLength: 1, maxLength: 6 }),
    usualGoals: fc.array(
      fc.record(
        {
          description: textArb(80),
          domain: fc.constantFrom('biological', 'psychological', 'social'),
          owner: fc.constantFrom('person', 'shared', 'care-team'),
          measure: fc.record(
            {
              key: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
              what: textArb(40),
              unit: textArb(20),
              target: fc.integer({ min: -1000, max: 1000 }),
              instrumentId: fc.constantFrom('phq-9', 'gad-7', 'ons4'),
            },
            { requiredKeys: ['key', 'what', 'unit', 'target'] },
          ),
        },
        { requiredKeys: ['description', 'domain', 'owner'] },
      ),
      { maxLength: 4 },
    ),
    reviewIntervalMonths: fc.integer({ min: 1, max: 60 }),
    preparationLeadTimeDays: fc.integer({ min: 0, max: 60 }),
  },
  {
    requiredKeys: [
      'id',
      'title',
      'informationGathering',
      'usualGoals',
      'reviewIntervalMonths',
      'preparationLeadTimeDays',
    ],
  },
);
