import type { Band, InstrumentDefinition, InstrumentItem, Subscale } from '@livewell/core';

const measures = [
  {
    id: 'life-satisfaction',
    label: 'Life satisfaction',
    text: 'Overall, how satisfied are you with your life nowadays?',
  },
  {
    id: 'worthwhile',
    label: 'Worthwhile',
    text: 'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
  },
  { id: 'happiness', label: 'Happiness', text: 'Overall, how happy did you feel yesterday?' },
  {
    id: 'anxiety',
    label: 'Anxiety',
    text: 'On a scale where 0 is “not at all anxious” and 10 is “completely anxious”, overall, how anxious did you feel yesterday?',
  },
] as const;

/** The item id of each ONS4 measure (`ons4-life-satisfaction`, …, `ons4-anxiety`). */
export const ons4ItemIds = {
  lifeSatisfaction: 'ons4-life-satisfaction',
  worthwhile: 'ons4-worthwhile',
  happiness: 'ons4-happiness',
  anxiety: 'ons4-anxiety',
} as const;

const items: InstrumentItem[] = measures.map((m) => ({
  id: `ons4-${m.id}`,
  label: m.label,
  text: m.text,
  scaleId: 'zero-to-ten',
  reverse: false,
  scored: true,
}));

const subscales: Subscale[] = measures.map((m) => ({
  id: m.id,
  label: m.label,
  itemIds: [`ons4-${m.id}`],
  method: 'sum',
  decimals: 0,
  missing: { kind: 'all-required' },
}));

/** ONS thresholds for life satisfaction, worthwhile and happiness (anxiety has its own). */
const positiveBands: Band[] = [
  { code: 'low', label: 'Low (0–4)', min: 0, max: 4 },
  { code: 'medium', label: 'Medium (5–6)', min: 5, max: 6 },
  { code: 'high', label: 'High (7–8)', min: 7, max: 8 },
  { code: 'very-high', label: 'Very high (9–10)', min: 9, max: 10 },
];

/**
 * ONS thresholds for the anxiety measure, where higher is worse: very low 0–1, low 2–3,
 * medium 4–5, high 6–10. Use with {@link ons4Band} on the `anxiety` subscale.
 */
export const ons4AnxietyBands: readonly Band[] = [
  { code: 'very-low', label: 'Very low (0–1)', min: 0, max: 1 },
  { code: 'low', label: 'Low (2–3)', min: 2, max: 3 },
  { code: 'medium', label: 'Medium (4–5)', min: 4, max: 5 },
  { code: 'high', label: 'High (6–10)', min: 6, max: 10 },
];

/** The ONS threshold band of one ONS4 measure's score (0–10), or `undefined` off the scale. */
export function ons4Band(
  measure: 'life-satisfaction' | 'worthwhile' | 'happiness' | 'anxiety',
  score: number,
): Band | undefined {
  const bands = measure === 'anxiety' ? ons4AnxietyBands : positiveBands;
  return bands.find((b) => score >= b.min && score <= b.max);
}

/**
 * ONS4, the four ONS personal wellbeing questions (life satisfaction, worthwhile, happiness,
 * anxiety), each answered 0–10. ONS reports the four measures separately and publishes no
 * composite, so each is a subscale (anxiety: higher is worse) and the instrument's total is the
 * life-satisfaction measure alone (weights 1, 0, 0, 0), banded by the ONS thresholds; every
 * question must be answered. Crown copyright, published by ONS under the Open Government
 * Licence v3.0, which allows copying, adapting and commercial use with attribution: the
 * question wording ships, with the attribution in `licence.notice`.
 */
export const ons4: InstrumentDefinition = {
  schemaVersion: 1,
  id: 'ons4',
  version: '1.0.0',
  name: 'ONS personal well-being (ONS4)',
  shortName: 'ONS4',
  construct:
    'Personal (subjective) wellbeing: how satisfied people are with their life, whether what they do is worthwhile, and how happy and how anxious they felt yesterday.',
  recallPeriod: 'nowadays (life satisfaction, worthwhile); yesterday (happiness, anxiety)',
  scales: [
    {
      id: 'zero-to-ten',
      options: Array.from({ length: 11 }, (_, value) => ({
        value,
        label: value === 0 ? '0 Not at all' : value === 10 ? '10 Completely' : String(value),
      })),
    },
  ],
  items,
  scoring: {
    rule: {
      method: 'weighted-sum',
      weights: [
        { itemId: ons4ItemIds.lifeSatisfaction, weight: 1 },
        { itemId: ons4ItemIds.worthwhile, weight: 0 },
        { itemId: ons4ItemIds.happiness, weight: 0 },
        { itemId: ons4ItemIds.anxiety, weight: 0 },
      ],
    },
    decimals: 0,
    range: { min: 0, max: 10 },
    higherIs: 'better',
    missing: { kind: 'all-required' },
  },
  subscales,
  bands: positiveBands,
  flags: [],
  licence: {
    kind: 'free-with-notice',
    holder: 'Office for National Statistics (Crown copyright)',
    notice:
      'Contains public sector information licensed under the Open Government Licence v3.0 (ONS personal well-being questions).',
    itemTextAllowed: true,
    summary:
      'Open Government Licence v3.0: free to copy, publish, adapt and use commercially, acknowledging the source and linking to the licence.',
  },
  sources: [
    {
      citation:
        'Office for National Statistics: Personal well-being user guide (the ONS4 questions, 0–10 scales, reporting each measure separately, and the thresholds).',
      url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/wellbeing/methodologies/personalwellbeingsurveyuserguide',
    },
    {
      citation:
        'Office for National Statistics: "A set of annual UK SWB score distributions" (FOI response) — states the thresholds: life satisfaction, worthwhile and happiness 0–4 low, 5–6 medium, 7–8 high, 9–10 very high; anxiety 0–1 very low, 2–3 low, 4–5 medium, 6–10 high.',
      url: 'https://www.ons.gov.uk/aboutus/transparencyandgovernance/freedomofinformationfoi/asetofannualukswbscoredistributions',
    },
    {
      citation:
        'Government Statistical Service: Personal well-being harmonised standard (question wording as asked on the Annual Population Survey).',
      url: 'https://gss.civilservice.gov.uk/policy-store/personal-well-being/',
    },
    {
      citation: 'The National Archives: Open Government Licence v3.0.',
      url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    },
  ],
  codes: [],
};
