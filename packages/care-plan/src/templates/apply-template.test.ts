import { PlanTemplateSchema } from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actors, contextAt, pathToActive, runScript } from '../test-support/scenario.js';
import { applyTemplate, templateGoalCommands, templateReviewDate } from './apply-template.js';
import { copdReview, type2DiabetesAnnualReview } from './worked-templates.js';

const startAt = pathToActive.findIndex((s) => s.command.type === 'start-conversation');
/** A plan just in conversation (the scenario up to start-conversation). */
const inConversation = () => runScript(pathToActive.slice(0, startAt + 1));

describe('plan templates', () => {
  it.each([type2DiabetesAnnualReview, copdReview])('$title is a valid template', (t) => {
    expect(PlanTemplateSchema.safeParse(t).success).toBe(true);
  });

  it.each([
    [type2DiabetesAnnualReview, { hba1c: 64, 'active-minutes': 30 }, 3, 2],
    [type2DiabetesAnnualReview, {}, 3, 0],
    [copdReview, { mrc: 4, cigarettes: 15 }, 3, 2],
    [copdReview, { mrc: 2 }, 3, 0], // baseline already at target: proposed in words only
  ] as const)(
    '%o with %o: %d goals, %d measured, through the lifecycle',
    (t, baselines, goals, measured) => {
      const { plan, now } = inConversation();
      const applied = applyTemplate(plan, t, contextAt(now, actors.nurse), baselines);
      if (!applied.ok) throw new Error(applied.error.message);
      expect(applied.value.events.map((e) => e.type)).toEqual(Array(goals).fill('goal-set'));
      expect(applied.value.plan.goals.filter((g) => g.status === 'proposed')).toHaveLength(goals);
      expect(applied.value.plan.goals.filter((g) => g.measure !== undefined)).toHaveLength(
        measured,
      );
      // Applying again proposes nothing new.
      const again = applyTemplate(applied.value.plan, t, contextAt(now, actors.nurse), baselines);
      expect(again.ok && again.value.commands).toEqual([]);
    },
  );

  it('nothing bypasses the lifecycle: wrong state or actor is rejected and nothing changes', () => {
    const { plan, now } = inConversation();
    const byReception = applyTemplate(plan, copdReview, contextAt(now, actors.receptionist));
    expect(byReception.ok ? 'ok' : byReception.error.code).toBe('not-authorised');
    const active = runScript(pathToActive);
    const late = applyTemplate(active.plan, copdReview, contextAt(active.now, actors.nurse));
    expect(late.ok ? 'ok' : late.error.code).toBe('invalid-transition');
  });

  it('the review date follows the template interval', () => {
    expect(
      templateReviewDate(copdReview, { now: '2026-11-02T10:00:00Z', timeZone: 'Europe/London' }),
    ).toBe('2027-11-02');
  });

  it('measures exactly the goals whose baseline is given and differs from the target', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            hba1c: fc.integer({ min: 30, max: 120 }),
            'active-minutes': fc.integer({ min: 0, max: 300 }),
          },
          { requiredKeys: [] },
        ),
        (baselines) => {
          const commands = templateGoalCommands(
            type2DiabetesAnnualReview,
            { goals: [] },
            baselines,
          );
          const expected = type2DiabetesAnnualReview.usualGoals.filter((g) => {
            const b = g.measure && (baselines as Record<string, number>)[g.measure.key];
            return b !== undefined && b !== g.measure?.target;
          }).length;
          expect(commands.filter((c) => c.measure !== undefined)).toHaveLength(expected);
        },
      ),
    );
  });
});

describe('applyTemplate given what it cannot read (fuzz regression)', () => {
  it('refuses a null template or throwing baselines with invalid-command, plan unchanged', () => {
    const { plan, now } = inConversation();
    const before = structuredClone(plan);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('hostile');
        },
      },
    );
    for (const [template, baselines] of [
      [null, {}],
      [copdReview, hostile],
    ] as const) {
      const r = applyTemplate(plan, template as never, contextAt(now, actors.nurse), baselines);
      expect(r.ok ? 'ok' : r.error.code).toBe('invalid-command');
    }
    expect(plan).toEqual(before);
  });
});
