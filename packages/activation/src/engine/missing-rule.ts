import type { MissingDataRule } from '@livewell/core';

/** Whether `answered` of `count` items satisfies a missing-data rule (never with no answer). */
export function meetsRule(rule: MissingDataRule, answered: number, count: number): boolean {
  if (answered < 1) return false;
  switch (rule.kind) {
    case 'all-required':
      return answered === count;
    case 'min-answered':
      return answered >= rule.minAnswered;
    case 'max-missing':
      return count - answered <= rule.maxMissing;
  }
}
