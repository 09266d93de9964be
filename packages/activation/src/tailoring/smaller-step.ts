import type { ActionPlan, ActivationLevel, SupportNeed } from '@livewell/core';
import { isLowConfidence } from '@livewell/core';

/** How a smaller step differs from the action plan: less, less often, or with support. */
export type StepChange = 'less' | 'less-often' | 'with-support';

/**
 * A smaller step suggested for an action plan rated below 7 for confidence: the edits to pass to
 * `revise-action-plan` (`changes`), what changed, and why. Ask the confidence question again.
 */
export interface SmallerStep {
  readonly changes: {
    readonly howMuch?: string;
    readonly howOften?: string;
    readonly supportNeeded?: readonly SupportNeed[];
  };
  readonly made: readonly StepChange[];
  readonly rationale: string;
}

/** How much of the amount to keep, by activation level (lower levels: a smaller first step). */
export const stepFactorByLevel: Readonly<Record<ActivationLevel, number>> = {
  1: 0.5,
  2: 0.6,
  3: 0.75,
  4: 0.75,
};

/** The factor when the activation level is not known. */
export const DEFAULT_STEP_FACTOR = 0.6;

const numberWords: Readonly<Record<string, number>> = {
  once: 1,
  one: 1,
  twice: 2,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  daily: 7,
};

/** Scales the first number in `text` by `factor` (at least 1, always smaller), or `undefined`. */
function scaleFirstNumber(text: string, factor: number): string | undefined {
  const digits = /\d+(?:\.\d+)?/.exec(text);
  if (digits) {
    const n = Number(digits[0]);
    const smaller = Math.max(1, Math.floor(n * factor));
    if (!(smaller < n)) return undefined;
    return (
      text.slice(0, digits.index) + String(smaller) + text.slice(digits.index + digits[0].length)
    );
  }
  return undefined;
}

/** A less frequent version of a "how often": "4 days a week" → "2 days a week", "every day" → "4 days a week". */
function lessOften(howOften: string, factor: number): string | undefined {
  const scaled = scaleFirstNumber(howOften, factor);
  if (scaled !== undefined) return scaled;
  const lower = howOften.toLowerCase();
  if (/\b(every ?day|daily)\b/.test(lower))
    return `${Math.max(1, Math.floor(7 * factor))} days a week`;
  const word = Object.keys(numberWords).find((w) => new RegExp(`\\b${w}\\b`).test(lower));
  const n = word === undefined ? undefined : numberWords[word];
  if (n === undefined || n <= 1) return undefined;
  const smaller = Math.max(1, Math.floor(n * factor));
  return smaller < n
    ? howOften.replace(new RegExp(`\\b${word}\\b`, 'i'), String(smaller))
    : undefined;
}

const support: SupportNeed = {
  kind: 'capability',
  text: 'Do it with someone: a friend, family member, peer supporter or health coach.',
};

/**
 * For an action plan whose confidence is below 7, a smaller step computed from the plan itself:
 * less (the first number in "how much" scaled down), less often (the first number or day count
 * in "how often" scaled down), and — at activation level 1 or 2, or when neither can shrink —
 * with support. The scale comes from the activation level where known ({@link stepFactorByLevel}:
 * half at level 1) and is cut by a further fifth for a confidence of 3 or less. `undefined` when
 * confidence is 7 or more, or not rated.
 *
 * @example
 * suggestSmallerStep({ ...plan, howMuch: '30 minutes', howOften: '5 days a week', confidence: 4 }, 1)
 * // changes: { howMuch: '15 minutes', howOften: '2 days a week', supportNeeded: [...] }
 */
export function suggestSmallerStep(
  plan: Pick<ActionPlan, 'howMuch' | 'howOften' | 'confidence' | 'supportNeeded'>,
  level?: ActivationLevel,
): SmallerStep | undefined {
  if (!isLowConfidence(plan.confidence)) return undefined;
  const base = level === undefined ? DEFAULT_STEP_FACTOR : stepFactorByLevel[level];
  const factor = (plan.confidence ?? 0) <= 3 ? base * 0.8 : base;
  const howMuch = plan.howMuch === undefined ? undefined : scaleFirstNumber(plan.howMuch, factor);
  const howOften = plan.howOften === undefined ? undefined : lessOften(plan.howOften, factor);
  const alreadySupported = plan.supportNeeded.some((s) => s.text === support.text);
  const withSupport =
    !alreadySupported &&
    ((level !== undefined && level <= 2) || (howMuch === undefined && howOften === undefined));
  const made: StepChange[] = [
    ...(howMuch === undefined ? [] : ['less' as const]),
    ...(howOften === undefined ? [] : ['less-often' as const]),
    ...(withSupport ? ['with-support' as const] : []),
  ];
  if (made.length === 0) return undefined;
  return {
    changes: {
      ...(howMuch === undefined ? {} : { howMuch }),
      ...(howOften === undefined ? {} : { howOften }),
      ...(withSupport ? { supportNeeded: [...plan.supportNeeded, support] } : {}),
    },
    made,
    rationale: `Confidence ${plan.confidence}/10 is below 7: a smaller step (${made.join(', ')})${
      level === undefined ? '' : ` pitched for activation level ${level}`
    } is more likely to succeed; ask how confident the person is again.`,
  };
}
