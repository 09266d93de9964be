import type { InstrumentLicence, ResponseScale } from '@livewell/core';

/** The 0–3 "how often over the last two weeks" scale shared by PHQ-9, PHQ-2, GAD-7 and GAD-2. */
export const frequencyScale: ResponseScale = {
  id: 'frequency-0-3',
  options: [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'Several days' },
    { value: 2, label: 'More than half the days' },
    { value: 3, label: 'Nearly every day' },
  ],
};

/**
 * The terms for the PHQ and GAD family: free to use without permission; forms carry a Pfizer
 * copyright line. We ship our own short labels, not the item wording (add the official wording
 * from the official forms with `withItemText`).
 */
export const phqLicence: InstrumentLicence = {
  kind: 'free-with-notice',
  holder: 'Pfizer Inc.',
  notice:
    'Developed by Drs Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. Copyright © Pfizer Inc.',
  itemTextAllowed: true,
  summary:
    'Free to use; keep the Pfizer copyright notice with the form. livewell ships neutral labels only.',
};

/** Sources for the PHQ and GAD family (see docs/activation.md). */
export const phqSources = [
  {
    citation:
      'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16(9):606–613.',
  },
  {
    citation:
      'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092–1097.',
  },
  {
    citation:
      'NHS Talking Therapies (formerly IAPT) manual: caseness PHQ-9 ≥ 10, GAD-7 ≥ 8; reliable improvement PHQ-9 fall ≥ 6, GAD-7 fall ≥ 4 (as quoted in secondary sources).',
  },
];
