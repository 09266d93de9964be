import type { InstrumentDefinition } from '@livewell/core';
import { frequencyScale, phqLicence, phqSources } from './phq-common.js';
import { phqItems } from './phq9.js';

/**
 * PHQ-2 depression screen: PHQ-9 items 1 and 2 (same item ids), sum 0–6; 3 or more is a
 * positive screen to follow with the full PHQ-9. All items required.
 */
export const phq2: InstrumentDefinition = {
  schemaVersion: 1,
  id: 'phq-2',
  version: '1.0.0',
  name: 'Patient Health Questionnaire-2',
  shortName: 'PHQ-2',
  construct: 'Screen for depression: low interest and low mood over the last two weeks.',
  recallPeriod: 'last 2 weeks',
  scales: [frequencyScale],
  items: phqItems.slice(0, 2),
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
    { code: 'positive', label: 'Positive screen: complete the PHQ-9', min: 3, max: 6 },
  ],
  flags: [],
  licence: phqLicence,
  sources: [
    {
      citation:
        'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care 2003;41(11):1284–1292.',
    },
    ...phqSources,
  ],
  codes: [],
};
