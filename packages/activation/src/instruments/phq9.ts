import type { InstrumentDefinition, InstrumentItem } from '@livewell/core';
import { frequencyScale, phqLicence, phqSources } from './phq-common.js';

const labels = [
  'Interest and enjoyment',
  'Mood',
  'Sleep',
  'Energy',
  'Appetite',
  'How one sees oneself',
  'Concentration',
  'Movement: slowed or restless',
  'Thoughts of death or self-harm',
];

/** PHQ-9 items 1–9 (scored), as neutral labels. Shared with PHQ-2. */
export const phqItems: InstrumentItem[] = labels.map((label, i) => ({
  id: `phq9-${i + 1}`,
  label,
  scaleId: frequencyScale.id,
  reverse: false,
  scored: true,
}));

/** The code of the flag raised by any answer above 0 on PHQ-9 item 9. */
export const PHQ9_ITEM9_FLAG = 'phq9-item9-positive';

/**
 * The code of the flag raised when PHQ-9 item 9 has no valid answer: the form cannot rule out
 * thoughts of self-harm, so a clinician should ask.
 */
export const PHQ9_ITEM9_UNANSWERED_FLAG = 'phq9-item9-not-answered';

/**
 * PHQ-9 depression severity: sum of items 1–9 (0–27), bands 0–4 minimal, 5–9 mild,
 * 10–14 moderate, 15–19 moderately severe, 20–27 severe. Any answer above 0 on item 9 raises
 * the urgent `phq9-item9-positive` flag whatever the total: callers must act on it. Item 9 left
 * unanswered (or invalid) raises the `phq9-item9-not-answered` review flag. Item 10
 * (difficulty) is recorded but not scored. No proration: all nine items are required.
 */
export const phq9: InstrumentDefinition = {
  schemaVersion: 1,
  id: 'phq-9',
  version: '1.0.0',
  name: 'Patient Health Questionnaire-9',
  shortName: 'PHQ-9',
  construct: 'Severity of depressive symptoms over the last two weeks.',
  recallPeriod: 'last 2 weeks',
  scales: [
    frequencyScale,
    {
      id: 'difficulty-0-3',
      options: [
        { value: 0, label: 'Not difficult at all' },
        { value: 1, label: 'Somewhat difficult' },
        { value: 2, label: 'Very difficult' },
        { value: 3, label: 'Extremely difficult' },
      ],
    },
  ],
  items: [
    ...phqItems,
    {
      id: 'phq9-10',
      label: 'Difficulty these problems cause in daily life (not scored)',
      scaleId: 'difficulty-0-3',
      reverse: false,
      scored: false,
    },
  ],
  scoring: {
    rule: { method: 'sum' },
    decimals: 0,
    range: { min: 0, max: 27 },
    higherIs: 'worse',
    missing: { kind: 'all-required' },
  },
  subscales: [],
  bands: [
    { code: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { code: 'mild', label: 'Mild', min: 5, max: 9 },
    { code: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { code: 'moderately-severe', label: 'Moderately severe', min: 15, max: 19 },
    { code: 'severe', label: 'Severe', min: 20, max: 27 },
  ],
  flags: [
    {
      code: PHQ9_ITEM9_FLAG,
      severity: 'urgent',
      message:
        'Any answer above "Not at all" on item 9 (thoughts of death or self-harm): a clinician must assess risk promptly under the local safety protocol, whatever the total score.',
      when: { source: 'item', itemId: 'phq9-9', atLeast: 1 },
    },
    {
      code: PHQ9_ITEM9_UNANSWERED_FLAG,
      severity: 'review',
      message:
        'Item 9 (thoughts of death or self-harm) was not answered: the form cannot rule out risk, so a clinician should ask about it.',
      when: { source: 'unanswered', itemId: 'phq9-9' },
    },
    {
      code: 'phq9-caseness',
      severity: 'info',
      message: 'Total at or above 10: the NHS Talking Therapies caseness threshold for depression.',
      when: { source: 'total', atLeast: 10 },
    },
  ],
  licence: phqLicence,
  sources: phqSources,
  codes: [
    {
      system: 'http://loinc.org',
      code: '44249-1',
      display: 'PHQ-9 quick depression assessment panel',
    },
  ],
};
