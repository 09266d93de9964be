import type { InstrumentDefinition, InstrumentItem, Subscale } from '@livewell/core';

/**
 * The domains of livewell's practice readiness assessment for supported self-management, and
 * their statements, in livewell's own words. The PCRS-UK readiness tool could not be obtained
 * and its terms of use not checked, so nothing of its content is modelled: only the common
 * shape of an organisational self-assessment (domains, an ordinal rating, repeated over time).
 */
export const practiceReadinessDomains = [
  {
    id: 'finding-people',
    label: 'Knowing who would benefit',
    statements: [
      'People with long-term conditions are identified from the practice register',
      'Knowledge, skills and confidence are measured and used to tailor support',
    ],
  },
  {
    id: 'preparing-people',
    label: 'Preparing people for their conversations',
    statements: [
      'Results and a prompt sheet reach people before their review',
      'Reception and admin staff explain the way reviews work',
    ],
  },
  {
    id: 'practitioner-skills',
    label: 'Practitioner skills and confidence',
    statements: [
      'Clinicians have trained in supporting self-management',
      'Agenda setting and brief action planning are part of routine consultations',
      'Clinicians have support after training (action learning, one-to-one)',
    ],
  },
  {
    id: 'systems-and-processes',
    label: 'Systems and processes',
    statements: [
      'Clinical templates record goals and action plans',
      'Small changes are tried, measured and reviewed with patients and staff',
    ],
  },
  {
    id: 'community-links',
    label: 'Links beyond the practice',
    statements: [
      'Staff know the local self-management courses and peer support',
      'Referrals to community support are made and followed up',
    ],
  },
  {
    id: 'leadership',
    label: 'Leadership and learning',
    statements: [
      'A named lead for supported self-management',
      'Progress is reviewed with the whole team at least once a year',
    ],
  },
] as const;

const items: InstrumentItem[] = practiceReadinessDomains.flatMap((d) =>
  d.statements.map((label, k) => ({
    id: `${d.id}-${k + 1}`,
    label,
    scaleId: 'in-place-0-3',
    reverse: false,
    scored: true,
  })),
);

const subscales: Subscale[] = practiceReadinessDomains.map((d) => ({
  id: d.id,
  label: d.label,
  itemIds: d.statements.map((_, k) => `${d.id}-${k + 1}`),
  method: 'mean',
  decimals: 2,
  missing: { kind: 'min-answered', minAnswered: 1, prorate: false },
}));

/**
 * livewell's practice readiness assessment: 13 statements in six domains, each rated not
 * started (0) / planning (1) / partly in place (2) / in place (3). The score is the mean over
 * all statements (0–3, two decimals), each domain the mean of its rated statements. Its
 * subject is a practice: record it with `assessPractice`, never against a patient.
 */
export const practiceReadiness: InstrumentDefinition = {
  schemaVersion: 1,
  id: 'livewell-practice-readiness',
  version: '1.0.0',
  name: 'Practice readiness for supported self-management (livewell)',
  shortName: 'Practice readiness',
  construct: 'How far a practice has what it needs to support people to manage their health.',
  scales: [
    {
      id: 'in-place-0-3',
      options: [
        { value: 0, label: 'Not started' },
        { value: 1, label: 'Planning' },
        { value: 2, label: 'Partly in place' },
        { value: 3, label: 'In place' },
      ],
    },
  ],
  items,
  scoring: {
    rule: { method: 'mean' },
    decimals: 2,
    range: { min: 0, max: 3 },
    higherIs: 'better',
    missing: { kind: 'all-required' },
  },
  subscales,
  bands: [
    { code: 'starting', label: 'Starting out', min: 0, max: 0.99 },
    { code: 'developing', label: 'Developing', min: 1, max: 1.99 },
    { code: 'established', label: 'Established', min: 2, max: 2.99 },
    { code: 'embedded', label: 'Embedded', min: 3, max: 3 },
  ],
  flags: [],
  licence: {
    kind: 'free',
    itemTextAllowed: true,
    summary:
      'livewell’s own statements and scale. No PCRS-UK content: that tool and its terms could not be obtained.',
  },
  sources: [
    {
      citation:
        'Domain brief §5: organisational readiness; the PCRS-UK tool (tested by Year of Care) was not found, so livewell wrote its own statements.',
    },
  ],
  codes: [],
};
