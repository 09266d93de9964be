import type {
  ActivationLevel,
  AssessmentScores,
  InstrumentRef,
  IsoInstant,
  TimeZone,
} from '@livewell/core';
import { type ChangeRule, changeRules } from './change-rules.js';
import { wholeMonthsBetween, withinMonths } from './months.js';

/** How a change is classed under the instrument's rule. */
export type ChangeClass =
  | 'reliable-improvement'
  | 'reliable-deterioration'
  | 'no-reliable-change'
  | 'outside-window'
  | 'no-rule';

/** The change between a baseline and a follow-up assessment. */
export interface AssessmentChange {
  readonly instrumentId: string;
  readonly baseline: number;
  readonly followUp: number;
  /** followUp − baseline, in score points (rounded to 4 decimals). */
  readonly difference: number;
  readonly direction: 'improved' | 'worsened' | 'unchanged' | 'unknown';
  readonly classification: ChangeClass;
  /** True only for a reliable (meaningful) improvement within the rule's window. */
  readonly meaningfulImprovement: boolean;
  readonly monthsBetween: number;
  readonly levels?: { readonly from: ActivationLevel; readonly to: ActivationLevel };
  /** PAM: people at level 4 at baseline are excluded from the gain measure's denominator. */
  readonly excludedFromGainMeasure?: boolean;
  readonly rule?: ChangeRule;
}

/** What a change is computed from: any scored assessment, whoever it is about. */
export interface ScoredPoint {
  readonly instrument: InstrumentRef;
  readonly completedAt: IsoInstant;
  readonly scores: AssessmentScores;
  readonly level?: ActivationLevel | undefined;
}

/**
 * The change from `baseline` to `followUp` under the instrument's change rule (or `rule`). The
 * caller has checked they are the same instrument and subject, and in order.
 */
export function changeBetween(
  baseline: ScoredPoint,
  followUp: ScoredPoint,
  options: { readonly rule?: ChangeRule; readonly timeZone?: TimeZone },
): AssessmentChange {
  const rule = options.rule ?? changeRules[baseline.instrument.id];
  const difference = Math.round((followUp.scores.total - baseline.scores.total) * 10_000) / 10_000;
  const gain = rule ? (rule.higherIs === 'better' ? difference : -difference) : 0;
  const direction: AssessmentChange['direction'] = !rule
    ? difference === 0
      ? 'unchanged'
      : 'unknown'
    : gain > 0
      ? 'improved'
      : gain < 0
        ? 'worsened'
        : 'unchanged';
  let classification: ChangeClass = 'no-rule';
  if (rule) {
    const inWindow =
      !rule.window ||
      withinMonths(
        baseline.completedAt,
        followUp.completedAt,
        rule.window.minMonths,
        rule.window.maxMonths,
        options.timeZone,
      );
    if (!inWindow) classification = 'outside-window';
    else if (gain >= rule.improvement) classification = 'reliable-improvement';
    else if (rule.deterioration !== undefined && -gain >= rule.deterioration) {
      classification = 'reliable-deterioration';
    } else classification = 'no-reliable-change';
  }
  const levels =
    baseline.level !== undefined && followUp.level !== undefined
      ? { from: baseline.level, to: followUp.level }
      : undefined;
  return {
    instrumentId: baseline.instrument.id,
    baseline: baseline.scores.total,
    followUp: followUp.scores.total,
    difference,
    direction,
    classification,
    meaningfulImprovement: classification === 'reliable-improvement',
    monthsBetween: wholeMonthsBetween(baseline.completedAt, followUp.completedAt, options.timeZone),
    ...(levels ? { levels } : {}),
    ...(rule?.window && baseline.level !== undefined
      ? { excludedFromGainMeasure: baseline.level === 4 }
      : {}),
    ...(rule ? { rule } : {}),
  };
}
