import type { InstrumentDefinition, InstrumentItem } from '@livewell/core';
import { frequencyScale, phqLicence, phqSources } from './phq-common.js';

const labels = [
  'Feeling nervous or on edge',
  'Not being able to stop worrying',
  'Worrying about many things',
  'Trouble relaxing',
  'Restlessness',
  'Irritability',
  'Fear that something awful may happen',
];

/** GAD-7 items as neutral labels. Shared with GAD-2. */
export const gadItems: InstrumentItem[] = labels.map((label, i) => ({
  id: `gad7-${i + 1}`,
  label,
  scaleId: frequencyScale.id,
  reverse: false,
  scored: true,
}));

/**
 * GAD-7 anxiety severity: sum of 7 items (0–21), cut points 5 / 10 / 15 (mild / moderate /
 * severe). All items required (no published proration rule).
 */
export const gad7: InstrumentDefinition = {
  schemaVersion: 1,
  id: 'gad-7',
  version: '1.0.0',
  name: 'Generalised Anxiety Disorder-7',
  shortName: 'GAD-7',
  construct: 'Severity of anxiety symptoms over the last two weeks.',
  recallPeriod: 'last 2 weeks',
  scales: [frequencyScale],
  items: gadItems,
  scoring: {
    rule: { method: 'sum' },
    decimals: 0,
    range: { min: 0, max: 21 },
    higherIs: 'worse',
    missing: { kind: 'all-required' },
  },
  subscales: [],
  bands: [
    { code: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { code: 'mild', label: 'Mild', min: 5, max: 9 },
    { code: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { code: 'severe', label: 'Severe', min: 15, max: 21 },
  ],
  flags: [
    {
      code: 'gad7-caseness',
      severity: 'info',
      message: 'Total at or above 8: the NHS Talking Therapies caseness threshold for anxiety.',
      when: { source: 'total', atLeast: 8 },
    },
  ],
  licence: phqLicence,
  sources: phqSources,
  codes: [
    {
      system: 'http://loinc.org',
      code: '69737-5',
      display: 'Generalized anxiety disorder 7 item (GAD-7)',
    },
  ],
};
