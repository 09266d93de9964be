import { compact } from '../shared/compact.js';
import { importIssue } from '../shared/import-error.js';
import type { IssueList } from '../shared/read.js';
import { instrumentOfConcept } from './goal-measure.js';
import type { FhirGoalIn } from './input.js';

/**
 * Reads a Goal's targets back: a target with only `dueDate` is the goal's target date; a target
 * with a `measure` is the SMART measure (what = `measure.text`, unit and target from
 * `detailQuantity`, by when = `dueDate`, the instrument from its score coding, the baseline from
 * the livewell details). A second target of either kind, or a measure without a quantity or
 * a baseline, is reported.
 */
export function readGoalTargets(
  goal: FhirGoalIn,
  details: Record<string, unknown>,
  path: string,
  issues: IssueList,
): { targetDate: string | undefined; measure: Record<string, unknown> | undefined } {
  let targetDate: string | undefined;
  let measure: Record<string, unknown> | undefined;
  for (const [i, t] of (goal.target ?? []).entries()) {
    const at = `${path}.target[${i}]`;
    if (t.measure === undefined) {
      if (t.detailQuantity !== undefined) {
        issues.push(
          importIssue('missing-element', `${at}.measure`, 'a target value needs a measure'),
        );
      } else if (t.dueDate === undefined) {
        issues.push(importIssue('missing-element', at, 'an empty target'));
      } else if (targetDate !== undefined) {
        issues.push(importIssue('unrepresentable', at, 'livewell keeps one target date'));
      } else targetDate = t.dueDate;
      continue;
    }
    if (measure !== undefined) {
      issues.push(importIssue('unrepresentable', at, 'livewell keeps one measure per goal'));
      continue;
    }
    const q = t.detailQuantity;
    if (q === undefined) {
      issues.push(
        importIssue(
          'unrepresentable',
          `${at}.detailQuantity`,
          'livewell keeps a target value (a quantity)',
        ),
      );
      continue;
    }
    if (!t.measure.text)
      issues.push(
        importIssue('missing-element', `${at}.measure.text`, 'what is measured, in words'),
      );
    if (!q.unit)
      issues.push(
        importIssue('missing-element', `${at}.detailQuantity.unit`, 'the unit of the target'),
      );
    if (typeof details.baseline !== 'number') {
      issues.push(
        importIssue(
          'missing-element',
          `${path}.extension`,
          'the baseline of the measure is not recorded',
        ),
      );
    }
    measure = compact({
      what: t.measure.text,
      unit: q.unit,
      baseline: details.baseline,
      target: q.value,
      byDate: t.dueDate,
      instrumentId: instrumentOfConcept(t.measure),
    });
  }
  return { targetDate, measure };
}
