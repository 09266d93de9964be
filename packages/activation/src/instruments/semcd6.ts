import type { InstrumentDefinition, InstrumentItem } from '@livewell/core';

const labels = [
  'Keeping fatigue from interfering with what you want to do',
  'Keeping pain or physical discomfort from interfering',
  'Keeping emotional distress from interfering',
  'Keeping other symptoms or health problems from interfering',
  'Doing the tasks needed to manage the condition',
  'Doing things other than medicines to lessen the illness’s effect on daily life',
];

const items: InstrumentItem[] = labels.map((label, i) => ({
  id: `semcd6-${i + 1}`,
  label,
  scaleId: 'confidence-1-10',
  reverse: false,
  scored: true,
}));

/**
 * SEMCD-6 (Self-Efficacy for Managing Chronic Disease, 6 items): mean of the answered items
 * on a 1–10 confidence scale, higher = more self-efficacy; more than 2 items missing →
 * unscorable. No official bands. Free to use without permission. Reported to 2 decimals.
 * (Paper forms: two adjacent numbers circled → code the lower; see `resolveCircledAnswers`.)
 */
export const semcd6: InstrumentDefinition = {
  schemaVersion: 1,
  id: 'semcd-6',
  version: '1.0.0',
  name: 'Self-Efficacy for Managing Chronic Disease 6-item scale',
  shortName: 'SEMCD-6',
  construct: 'Confidence to manage symptoms and the tasks of living with a long-term condition.',
  scales: [
    {
      id: 'confidence-1-10',
      options: Array.from({ length: 10 }, (_, i) => ({
        value: i + 1,
        label:
          i === 0 ? '1 Not at all confident' : i === 9 ? '10 Totally confident' : String(i + 1),
      })),
    },
  ],
  items,
  scoring: {
    rule: { method: 'mean' },
    decimals: 2,
    range: { min: 1, max: 10 },
    higherIs: 'better',
    missing: { kind: 'max-missing', maxMissing: 2, prorate: false },
  },
  subscales: [],
  bands: [],
  flags: [],
  licence: {
    kind: 'free',
    holder: 'Stanford Patient Education Research Center (Lorig et al.)',
    itemTextAllowed: true,
    summary: 'Free to use without asking permission. livewell ships neutral labels only.',
  },
  sources: [
    {
      citation:
        'Stanford Patient Education Research Center: Self-Efficacy for Managing Chronic Disease 6-Item Scale (scoring: mean of six items; more than two missing, do not score). Reference sample n = 605, mean 5.17, SD 2.22, alpha 0.91.',
      url: 'https://patienteducation.stanford.edu/research/secd6.html',
    },
    {
      citation:
        'Lorig KR, Sobel DS, Ritter PL, Laurent D, Hobbs M. Effect of a self-management program on patients with chronic disease. Eff Clin Pract 2001;4(6):256–262.',
    },
  ],
  codes: [],
};
