/**
 * When a change between two scores counts as meaningful. `improvement` is the smallest change
 * in the better direction that counts; `deterioration` the same in the worse direction (absent
 * when the source defines none). `window` limits the months between the two assessments.
 */
export interface ChangeRule {
  readonly instrumentIds: readonly string[];
  readonly higherIs: 'better' | 'worse';
  readonly improvement: number;
  readonly deterioration?: number;
  readonly window?: { readonly minMonths: number; readonly maxMonths: number };
  readonly source: string;
}

/** PAM: a gain of at least 3 points with follow-up 6–12 months after baseline (CBE #2483 / MIPS 503). */
export const pamChangeRule: ChangeRule = {
  instrumentIds: ['pam-13', 'pam-10'],
  higherIs: 'better',
  improvement: 3,
  window: { minMonths: 6, maxMonths: 12 },
  source:
    'CBE #2483 / MIPS measure 503 "Gains in patient activation (PAM) scores at 12 months": gain of 3 or more points, follow-up 6–12 months after baseline.',
};

/** PHQ-9: a fall of 6 or more is reliable improvement, a rise of 6 or more reliable deterioration. */
export const phq9ChangeRule: ChangeRule = {
  instrumentIds: ['phq-9'],
  higherIs: 'worse',
  improvement: 6,
  deterioration: 6,
  source: 'NHS Talking Therapies (IAPT) manual: reliable change on PHQ-9 is 6 points.',
};

/** GAD-7: a fall of 4 or more is reliable improvement, a rise of 4 or more reliable deterioration. */
export const gad7ChangeRule: ChangeRule = {
  instrumentIds: ['gad-7'],
  higherIs: 'worse',
  improvement: 4,
  deterioration: 4,
  source: 'NHS Talking Therapies (IAPT) manual: reliable change on GAD-7 is 4 points.',
};

/**
 * livewell's practice readiness assessment: a rise of half a rating step on average (0.5 on the
 * 0–3 mean) counts as progress, a fall of the same as slipping back. livewell's own working
 * threshold for a team's self-rating, not a validated one.
 */
export const practiceReadinessChangeRule: ChangeRule = {
  instrumentIds: ['livewell-practice-readiness'],
  higherIs: 'better',
  improvement: 0.5,
  deterioration: 0.5,
  source:
    'livewell working threshold (not validated): half a rating step on average across the statements.',
};

/** The change rules livewell knows, by instrument id. */
export const changeRules: Readonly<Record<string, ChangeRule>> = Object.fromEntries(
  [pamChangeRule, phq9ChangeRule, gad7ChangeRule, practiceReadinessChangeRule].flatMap((rule) =>
    rule.instrumentIds.map((id) => [id, rule] as const),
  ),
);
