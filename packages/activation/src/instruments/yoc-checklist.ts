import type { InstrumentDefinition, InstrumentItem, Subscale } from '@livewell/core';

/** The readiness domains (after the House of Care) and their anchor points, in our words. */
export const readinessDomains = [
  {
    id: 'organisational-processes',
    label: 'Organisational and supporting processes',
    anchors: [
      'A reliable long-term-conditions register with recall',
      'Staff agreed for the information-gathering appointment, the conversation and the admin',
      'A process to offer and book both appointments',
      'Agreed appointment lengths',
      'Rooms available for both appointments',
      'A plan to tell people about the new way of working',
    ],
  },
  {
    id: 'engaged-individuals',
    label: 'Engaged, informed individuals and carers',
    anchors: [
      'Results and prompts reach people before their conversation',
      'Information offered in formats people can use (easy read, large print, languages)',
      'Structured education offered and easy to join',
    ],
  },
  {
    id: 'committed-professionals',
    label: 'Health and care professionals committed to partnership',
    anchors: [
      'Clinicians trained in the care and support planning conversation',
      'A named clinical champion',
      'Shared approach to goals and action plans agreed by the team',
    ],
  },
  {
    id: 'commissioning-and-community',
    label: 'Commissioning and links to community support',
    anchors: [
      'A known portfolio of community and peer-support services to link people to',
      'A steering group that coordinates and monitors the work',
      'Clinical system templates set up to record plans',
    ],
  },
] as const;

const items: InstrumentItem[] = readinessDomains.flatMap((d) =>
  d.anchors.map((label, k) => ({
    id: `${d.id}-${k + 1}`,
    label,
    scaleId: 'readiness-0-2',
    reverse: false,
    scored: true,
  })),
);

const subscales: Subscale[] = readinessDomains.map((d) => ({
  id: d.id,
  label: d.label,
  itemIds: d.anchors.map((_, k) => `${d.id}-${k + 1}`),
  method: 'mean',
  decimals: 2,
  missing: { kind: 'min-answered', minAnswered: 1, prorate: false },
}));

/** The value of "we have cracked it" on the readiness scale. */
export const READINESS_CRACKED = 2;

/**
 * A practice readiness checklist in the shape of the Year of Care "Care Planning Practice
 * Checklist": anchor points rated "we have good ideas but need more work" (0) / "we are
 * nearly there" (1) / "we have cracked it" (2), reported per domain. The ordinal 0/1/2
 * scoring is livewell's own (no official numeric scoring exists); the overall score is the
 * mean over all anchors (0–2), each domain the mean of its rated anchors. Use
 * `readinessReport` for the share "cracked" per domain.
 */
export const yocPracticeChecklist: InstrumentDefinition = {
  schemaVersion: 1,
  id: 'yoc-practice-checklist',
  version: '1.0.0',
  name: 'Care and support planning practice readiness checklist (Year of Care shape)',
  shortName: 'Readiness checklist',
  construct: 'How ready a practice team is to run care and support planning.',
  scales: [
    {
      id: 'readiness-0-2',
      options: [
        { value: 0, label: 'We have good ideas but need more work' },
        { value: 1, label: 'We are nearly there' },
        { value: 2, label: 'We have cracked it' },
      ],
    },
  ],
  items,
  scoring: {
    rule: { method: 'mean' },
    decimals: 2,
    range: { min: 0, max: 2 },
    higherIs: 'better',
    missing: { kind: 'all-required' },
  },
  subscales,
  bands: [
    { code: 'needs-work', label: 'Needs more work', min: 0, max: 0.99 },
    { code: 'nearly-there', label: 'Nearly there', min: 1, max: 1.99 },
    { code: 'cracked', label: 'Cracked it', min: 2, max: 2 },
  ],
  flags: [],
  licence: {
    kind: 'free',
    itemTextAllowed: true,
    summary:
      'Anchor wording is livewell’s own, modelled on the structure of the Year of Care checklist; not the Year of Care document.',
  },
  sources: [
    {
      citation:
        'Year of Care Partnerships: Care Planning Practice Checklist (Practice Pack) — anchor points rated cracked it / nearly there / good ideas but more work needed, with next steps.',
    },
    {
      citation: 'Year of Care Partnerships: key questions before implementation.',
      url: 'https://www.yearofcare.co.uk',
    },
  ],
  codes: [],
};
