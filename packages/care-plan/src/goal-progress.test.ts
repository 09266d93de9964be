import {
  type ActionPlan,
  AssessmentSchema,
  type CarePlan,
  type IsoInstant,
  type RecordId,
} from '@livewell/core';
import { describe, expect, it } from 'vitest';
import type { CarePlanCommand } from './commands.js';
import { goalProgress, measuredGoalProgress, suggestedAchievement } from './goal-progress.js';
import { measurementFromAssessment } from './measurement-from-assessment.js';
import { actors, contextAt, pathToActive, plusDays, runScript } from './test-support/scenario.js';
import { step } from './transition.js';

const setGoalAt = pathToActive.findIndex((s) => s.command.type === 'set-goal');

/** An agreed plan whose goal is to lower a PHQ-9 score from 15 to 9, served by one action plan. */
function measuredPlan() {
  const script = pathToActive.map((s, i) =>
    i === setGoalAt
      ? {
          ...s,
          command: {
            type: 'set-goal' as const,
            description: 'Feel less low, so I can enjoy seeing the grandchildren',
            domain: 'psychological' as const,
            owner: 'person' as const,
            measure: {
              what: 'PHQ-9 score',
              unit: 'points',
              baseline: 15,
              target: 9,
              byDate: '2027-06-30',
              instrumentId: 'phq-9',
            },
          },
        }
      : s,
  );
  const { plan, now } = runScript(script);
  const goalId = plan.goals[0]?.id as RecordId;
  const actionPlanId = plan.actionPlans[0]?.id as RecordId;
  return { plan, now, goalId, actionPlanId };
}

function accept(plan: CarePlan, command: CarePlanCommand, now: IsoInstant, actor = actors.nurse) {
  const stepped = step(plan, command, contextAt(now, actor));
  if (stepped.rejection) throw new Error(`${stepped.rejection.code}: ${stepped.rejection.message}`);
  return stepped.plan;
}

/** The measured plan with its action plan linked to the goal (revised during a review). */
function linkedPlan() {
  const { plan, now, goalId, actionPlanId } = measuredPlan();
  const reviewing = accept(plan, { type: 'start-review', kind: 'unplanned', reason: 'link' }, now);
  const linked = accept(
    reviewing,
    { type: 'revise-action-plan', actionPlanId, changes: { goalId } },
    now,
  );
  return { plan: linked, now, goalId, actionPlanId };
}

describe('SMART goals', () => {
  it('set-goal keeps the measure on the goal', () => {
    const { plan } = measuredPlan();
    expect(plan.goals[0]?.measure).toMatchObject({
      baseline: 15,
      target: 9,
      instrumentId: 'phq-9',
    });
  });

  it('a check-in carries a measured value; progress is computed from it', () => {
    const { plan, now, goalId, actionPlanId } = linkedPlan();
    const later = plusDays(now, 30);
    const checked = accept(
      plan,
      { type: 'record-check-in', actionPlanId, progress: 'some', measurement: { value: 12 } },
      later,
      actors.coach,
    );
    const goal = checked.goals.find((g) => g.id === goalId);
    if (!goal) throw new Error('goal missing');
    const progress = goalProgress(checked, goal, later);
    expect(progress).toMatchObject({
      direction: 'towards',
      reached: false,
      percentOfWay: 50,
      measurements: 1,
      latest: { value: 12, at: later },
    });
    expect(progress && suggestedAchievement(progress)).toBe('improving');
  });

  it('a measurement read from a PHQ-9 assessment', () => {
    const { plan, goalId } = linkedPlan();
    const goal = plan.goals.find((g) => g.id === goalId);
    if (!goal) throw new Error('goal missing');
    const phq9 = AssessmentSchema.parse({
      schemaVersion: 1,
      id: 'assessment-1',
      tenantId: 'practice-1',
      personId: 'person-1',
      instrument: { id: 'phq-9', version: '1' },
      completedAt: '2027-01-10T10:00:00Z',
      responses: [],
      flags: [],
      provenance: { kind: 'engine', engine: 'livewell', instrumentVersion: '1' },
      scores: { total: 8, subscales: [] },
    });
    expect(measurementFromAssessment(goal, phq9)).toEqual({
      ok: true,
      value: { value: 8, assessmentId: 'assessment-1' },
    });
    const gad7 = { ...phq9, instrument: { id: 'gad-7', version: '1' } };
    const wrong = measurementFromAssessment(goal, gad7);
    expect(wrong.ok ? undefined : wrong.error.code).toBe('goal-not-measured');
  });

  it('a review shows the progress of measured goals', () => {
    const { plan, now, actionPlanId } = linkedPlan();
    const checked = accept(
      plan,
      { type: 'record-check-in', actionPlanId, progress: 'all', measurement: { value: 8 } },
      now,
    );
    const continued = accept(checked, { type: 'continue-plan', reviewDate: '2028-01-01' }, now);
    const review = accept(
      continued,
      { type: 'start-review', kind: 'requested', reason: 'check' },
      plusDays(now, 1),
    ).reviews.at(-1);
    expect(review?.goalProgress).toEqual([
      expect.objectContaining({ direction: 'towards', reached: true, percentOfWay: 117 }),
    ]);
    expect(measuredGoalProgress(checked, now)).toHaveLength(1);
  });

  it('a measured value on an action plan whose goal has no measure: goal-not-measured', () => {
    const { plan, now } = runScript(pathToActive);
    const actionPlanId = plan.actionPlans[0]?.id as RecordId;
    const stepped = step(
      plan,
      { type: 'record-check-in', actionPlanId, progress: 'some', measurement: { value: 3 } },
      contextAt(now, actors.coach),
    );
    expect(stepped.rejection?.code).toBe('goal-not-measured');
    expect(stepped.plan).toBe(plan);
  });

  it('a target equal to the baseline is invalid-command', () => {
    const { plan, now } = runScript(pathToActive);
    const reviewing = accept(plan, { type: 'start-review', kind: 'unplanned', reason: 'x' }, now);
    const stepped = step(
      reviewing,
      {
        type: 'set-goal',
        description: 'Keep my weight',
        domain: 'biological',
        owner: 'person',
        measure: { what: 'weight', unit: 'kg', baseline: 80, target: 80 },
      },
      contextAt(now, actors.person),
    );
    expect(stepped.rejection?.code).toBe('invalid-command');
  });
});

describe('goalProgress, table-driven', () => {
  const base = { what: 'x', unit: 'u' };
  const rows: [string, number, number, number | undefined, string, boolean][] = [
    ['lower is better, improving', 15, 9, 12, 'towards', false],
    ['lower is better, reached exactly', 15, 9, 9, 'towards', true],
    ['lower is better, past target', 15, 9, 5, 'towards', true],
    ['lower is better, worse', 15, 9, 18, 'away', false],
    ['higher is better, improving', 2000, 6000, 4000, 'towards', false],
    ['higher is better, unchanged', 2000, 6000, 2000, 'no-change', false],
    ['higher is better, worse', 2000, 6000, 1000, 'away', false],
    ['not yet measured', 48, 42, undefined, 'not-measured', false],
  ];
  it.each(rows)('%s', (_name, baseline, target, value, direction, reached) => {
    const goal = {
      id: 'g' as RecordId,
      description: 'd',
      domain: 'biological' as const,
      owner: 'person' as const,
      status: 'agreed' as const,
      measure: { ...base, baseline, target },
      setAt: '2027-01-01T00:00:00Z',
      setBy: actors.nurse,
    };
    const checkIns =
      value === undefined
        ? []
        : [
            {
              at: '2027-02-01T00:00:00Z',
              by: actors.person,
              progress: 'some' as const,
              barriers: [],
              measurement: { value },
            },
          ];
    const action: ActionPlan = {
      id: 'a' as RecordId,
      goalId: goal.id,
      what: 'w',
      barriers: [],
      supportNeeded: [],
      needsRevision: false,
      checkIns,
      draftedAt: '2027-01-01T00:00:00Z',
    };
    const progress = goalProgress({ actionPlans: [action] }, goal, '2027-03-01T00:00:00Z');
    expect(progress?.direction).toBe(direction);
    expect(progress?.reached).toBe(reached);
  });
});
