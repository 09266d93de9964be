import {
  type Assessment,
  err,
  isTimeZone,
  ok,
  type ParseError,
  parseAssessment,
  type Result,
  type TimeZone,
} from '@livewell/core';
import type { ChangeRule } from './change-rules.js';

/** The arguments of `compareAssessments`, read and checked. */
export interface CompareInput {
  readonly baseline: Assessment;
  readonly followUp: Assessment;
  readonly rule: ChangeRule | undefined;
  readonly timeZone: TimeZone | undefined;
}

const invalid = (why: string): ParseError => ({
  code: 'invalid-input',
  message: `Invalid comparison options: ${why}`,
  schema: 'CompareOptions',
  issues: [{ path: [], code: 'custom', message: why }],
});

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A caller's change rule, checked field by field (a hostile one is refused, not thrown). */
function readRule(rule: unknown): ChangeRule | undefined {
  if (rule === null || typeof rule !== 'object') return undefined;
  const r = rule as Record<string, unknown>;
  const window = r.window as Record<string, unknown> | undefined;
  const ids = r.instrumentIds;
  if (
    (r.higherIs !== 'better' && r.higherIs !== 'worse') ||
    !isCount(r.improvement) ||
    (r.deterioration !== undefined && !isCount(r.deterioration)) ||
    (window !== undefined &&
      (window === null ||
        typeof window !== 'object' ||
        !isCount(window.minMonths) ||
        !isCount(window.maxMonths))) ||
    !Array.isArray(ids) ||
    typeof r.source !== 'string'
  ) {
    return undefined;
  }
  return {
    instrumentIds: ids.filter((id): id is string => typeof id === 'string'),
    higherIs: r.higherIs,
    improvement: r.improvement,
    ...(r.deterioration !== undefined ? { deterioration: r.deterioration as number } : {}),
    ...(window
      ? { window: { minMonths: window.minMonths as number, maxMonths: window.maxMonths as number } }
      : {}),
    source: r.source,
  };
}

/**
 * Reads what a caller passed to `compareAssessments`: both assessments parsed, the options'
 * rule checked and copied, the zone a real IANA zone. Never throws (`invalid-input`).
 */
export function readCompareInput(
  baseline: unknown,
  followUp: unknown,
  options: unknown,
): Result<CompareInput, ParseError> {
  const first = parseAssessment(baseline);
  if (!first.ok) return first;
  const second = parseAssessment(followUp);
  if (!second.ok) return second;
  if (options === null || typeof options !== 'object') return err(invalid('not an object.'));
  let rule: ChangeRule | undefined;
  let timeZone: unknown;
  try {
    const o = options as Record<string, unknown>;
    timeZone = o.timeZone;
    if (o.rule !== undefined) {
      rule = readRule(o.rule);
      if (!rule) return err(invalid('`rule` is not a change rule.'));
    }
  } catch {
    return err(invalid('the options could not be read (a getter or proxy threw).'));
  }
  if (timeZone !== undefined && (typeof timeZone !== 'string' || !isTimeZone(timeZone))) {
    return err(invalid('`timeZone` is not an IANA time zone.'));
  }
  return ok({ baseline: first.value, followUp: second.value, rule, timeZone });
}
