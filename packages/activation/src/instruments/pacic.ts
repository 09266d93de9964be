import type { InstrumentDefinition, InstrumentItem, Subscale } from '@livewell/core';

const domains = [
  { id: 'patient-activation', label: 'Patient activation', from: 1, to: 3 },
  { id: 'delivery-system', label: 'Delivery system design / decision support', from: 4, to: 6 },
  { id: 'goal-setting', label: 'Goal setting / tailoring', from: 7, to: 11 },
  { id: 'problem-solving', label: 'Problem-solving / contextual counselling', from: 12, to: 15 },
  { id: 'follow-up', label: 'Follow-up / coordination', from: 16, to: 20 },
];

const items: InstrumentItem[] = domains.flatMap((d) =>
  Array.from({ length: d.to - d.from + 1 }, (_, k) => ({
    id: `pacic-${d.from + k}`,
    label: `${d.label}, item ${d.from + k}`,
    scaleId: 'frequency-1-5',
    reverse: false,
    scored: true,
  })),
);

const subscales: Subscale[] = domains.map((d) => ({
  id: d.id,
  label: d.label,
  itemIds: Array.from({ length: d.to - d.from + 1 }, (_, k) => `pacic-${d.from + k}`),
  method: 'mean',
  decimals: 2,
  missing: { kind: 'min-answered', minAnswered: 1, prorate: false },
}));

/**
 * PACIC (Patient Assessment of Chronic Illness Care), 20 items on a 1–5 frequency scale in
 * five subscales. Each subscale is the mean of its completed items; the overall score is the
 * mean of all completed items (1–5). No missing-data threshold is published: livewell scores
 * when at least one item is answered and reports the count. Public domain; item wording is
 * not shipped (labels name the subscale and item number).
 */
export const pacic: InstrumentDefinition = {
  schemaVersion: 1,
  id: 'pacic',
  version: '1.0.0',
  name: 'Patient Assessment of Chronic Illness Care',
  shortName: 'PACIC',
  construct:
    'How far the care a person received matched the Chronic Care Model, from their side, over the last six months.',
  recallPeriod: 'last 6 months',
  scales: [
    {
      id: 'frequency-1-5',
      options: [
        { value: 1, label: '1 Almost never' },
        { value: 2, label: '2' },
        { value: 3, label: '3' },
        { value: 4, label: '4' },
        { value: 5, label: '5 Almost always' },
      ],
    },
  ],
  items,
  scoring: {
    rule: { method: 'mean' },
    decimals: 2,
    range: { min: 1, max: 5 },
    higherIs: 'better',
    missing: { kind: 'min-answered', minAnswered: 1, prorate: false },
  },
  subscales,
  bands: [],
  flags: [],
  licence: {
    kind: 'public-domain',
    holder: 'MacColl Center for Health Care Innovation / Improving Chronic Illness Care',
    itemTextAllowed: true,
    summary: 'Stated to be in the public domain. livewell ships subscale/item labels only.',
  },
  sources: [
    {
      citation:
        'Improving Chronic Illness Care (MacColl Center): PACIC scoring — subscale score is the average of completed items; overall score is the average over all 20 items.',
      url: 'https://www.improvingchroniccare.org',
    },
    {
      citation:
        'Glasgow RE, Wagner EH, Schaefer J, et al. Development and validation of the Patient Assessment of Chronic Illness Care (PACIC). Med Care 2005;43(5):436–444.',
    },
    {
      citation:
        'Rick J, et al. UK validation of the PACIC in 38 general practices (item missingness 9.6–15.9%, floor effects up to 30.4%). BMC Health Serv Res 2012.',
    },
  ],
  codes: [],
};
