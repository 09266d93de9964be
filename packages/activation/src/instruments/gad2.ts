import type { InstrumentDefinition } from '@livewell/core';
import { gadItems } from './gad7.js';
import { frequencyScale, phqLicence, phqSources } from './phq-common.js';

/**
 * GAD-2 anxiety screen: GAD-7 items 1 and 2 (same item ids), sum 0–6; 3 or more is a positive
 * screen to follow with the full GAD-7. All items required.
 */
export const gad2: InstrumentDefinition = {
  schemaVersion: 1,
  id: 'gad-2',
  version: '1.0.0',
  name: 'Generalised Anxiety Disorder-2',
  shortName: 'GAD-2',
  construct: 'Screen for anxiety: nervousness and uncontrolled worry over the last two weeks.',
  recallPeriod: 'last 2 weeks',
  scales: [frequencyScale],
  items: gadItems.slice(0, 2),
  scoring: {
    rule: { method: 'sum' },
    decimals: 0,
    range: { min: 0, max: 6 },
    higherIs: 'worse',
    missing: { kind: 'all-required' },
  },
  subscales: [],
  bands: [
    { code: 'negative', label: 'Negative screen', min: 0, max: 2 },
    { code: 'positive', label: 'Positive screen: complete the GAD-7', min: 3, max: 6 },
  ],
  flags: [],
  licence: phqLicence,
  sources: [
    {
      citation:
        'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146(5):317–325.',
    },
    ...phqSources,
  ],
  codes: [],
};
