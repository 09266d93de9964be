import type { GoalDomain } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { matchNeeds } from './match-needs.js';
import { defaultNeedVocabulary } from './need-vocabulary.js';
import { parseNeedVocabulary } from './parse-need-vocabulary.js';

/** Goals in people's own words, their domain, and the needs they should point to (any order). */
const goals: [string, GoalDomain | undefined, string[]][] = [
  // The sources' own examples.
  ['avoid foot ulcers', 'biological', ['self-management']],
  ['go back to work', 'social', ['employment']],
  ['lose weight', 'biological', ['weight', 'physical-activity', 'healthy-eating']],
  // Known traps: words that look like a need but are not one.
  ['fitting a new kitchen', 'social', []],
  ['fit in a walk every day', 'biological', ['physical-activity']],
  ['find work that fits round my hospital appointments', 'social', ['employment']],
  ['paint the back bedroom', 'social', []],
  ['drink more water', 'biological', ['healthy-eating']],
  ['take the weight off my mind', 'psychological', ['mental-wellbeing']],
  ['work out at the gym', 'biological', ['physical-activity']],
  ['work on my breathing', 'biological', ['self-management']],
  ['I do not mind walking', 'biological', ['physical-activity']],
  ['get back on my feet after losing my job', 'social', ['employment']],
  // Everyday goals.
  [
    'walk to the shops without getting out of breath',
    'biological',
    ['physical-activity', 'self-management'],
  ],
  ['get out of the house more and meet people', 'social', ['loneliness']],
  ['I feel so lonely since my wife died', 'psychological', ['loneliness', 'bereavement']],
  ['sort out my debts', 'social', ['money-advice']],
  ['cope with the stress of looking after mum', 'psychological', ['mental-wellbeing', 'carers']],
  ['stop smoking before my operation', 'biological', ['stop-smoking']],
  ['cut down on the booze', 'biological', ['alcohol']],
  ['find somewhere to live that is not damp', 'social', ['housing']],
  ['my landlord will not fix the mould', 'social', ['housing']],
  ['get help with my benefits', 'social', ['money-advice']],
  ['learn to cook healthy meals', 'biological', ['healthy-eating']],
  ['sleep better', 'psychological', ['mental-wellbeing']],
  ['feel less anxious when I go out', 'psychological', ['mental-wellbeing']],
  ['understand my diabetes better', 'biological', ['self-management']],
  ['get my blood sugars down', 'biological', ['self-management']],
  ['keep my HbA1c under 48', 'biological', ['self-management']],
  ['use my inhaler properly', 'biological', ['self-management']],
  ['join a walking group', 'social', ['physical-activity']],
  ['talk to other people who have COPD', 'social', ['peer-support', 'self-management']],
  ['meet people like me', 'social', ['peer-support', 'loneliness']],
  ["get fit for my daughter's wedding", 'biological', ['physical-activity']],
  ['go swimming twice a week', 'biological', ['physical-activity']],
  ['take up painting again', 'psychological', ['creative-activities']],
  ['join a choir', 'social', ['creative-activities']],
  ['volunteer at the charity shop', 'social', ['volunteering']],
  ['get a job', 'social', ['employment']],
  ['keep my job', 'social', ['employment']],
  ['lost my husband last year', 'psychological', ['bereavement']],
  ['have more money at the end of the month', 'social', ['money-advice']],
  ['pay my gas bill', 'social', ['money-advice']],
  ['have a break from caring for my husband', 'social', ['carers']],
  ['improve my English', 'social', ['learning']],
  ['learn to use a computer', 'social', ['learning']],
  ['stop feeling so down', 'psychological', ['mental-wellbeing']],
  ['see my friends more', 'social', ['loneliness']],
  ['be less breathless climbing stairs', 'biological', ['self-management']],
  ['eat less sugar', 'biological', ['healthy-eating']],
  ['stop vaping', 'biological', ['stop-smoking']],
  ['sort out my pension', 'social', ['money-advice']],
  ['move to a bungalow', 'social', ['housing']],
  ['be fitter and stronger', 'biological', ['physical-activity']],
  ['use the food bank less', 'social', ['money-advice']],
];

describe('matchNeeds: goals in people’s own words', () => {
  it('has at least 40 goals', () => expect(goals.length).toBeGreaterThanOrEqual(40));

  it.each(goals)('%s (%s) → %j', (description, domain, expected) => {
    const codes = matchNeeds({ description, domain }).map((m) => m.coding.code);
    expect([...codes].sort()).toEqual([...expected].sort());
  });
});

describe('matchNeeds: ranking and reasons', () => {
  it('says which words pointed to the need', () => {
    const [first] = matchNeeds({ description: 'Go back to work', domain: 'social' });
    expect(first?.because).toBe("'back to work' points to employment support");
    expect(first?.inGoalDomain).toBe(true);
  });

  it("ranks needs in the goal's domain first, and says when a need is outside it", () => {
    const social = matchNeeds({ description: 'meet people like me', domain: 'social' });
    const psych = matchNeeds({ description: 'walk in the garden', domain: 'psychological' });
    expect(social.every((m) => m.inGoalDomain)).toBe(true);
    expect(psych.map((m) => m.coding.code)).toEqual(['physical-activity']);
    const outside = matchNeeds({ description: 'get a job', domain: 'biological' });
    expect(outside[0]?.because).toBe(
      "'job' points to employment support (outside the goal's biological domain)",
    );
    // Same words, domain decides the order.
    const bio = matchNeeds({ description: 'stress and weight', domain: 'biological' });
    const mind = matchNeeds({ description: 'stress and weight', domain: 'psychological' });
    expect(bio[0]?.coding.code).toBe('weight');
    expect(mind[0]?.coding.code).toBe('mental-wellbeing');
  });

  it('a practice can add its own words as data', () => {
    const local = {
      ...defaultNeedVocabulary,
      synonyms: { ...defaultNeedVocabulary.synonyms, brew: 'meet people' },
      needs: defaultNeedVocabulary.needs.map((need) =>
        need.coding.code === 'loneliness' ? { ...need, terms: [...need.terms, 'cuppa'] } : need,
      ),
    };
    expect(matchNeeds('a cuppa with someone', local).map((m) => m.coding.code)).toEqual([
      'loneliness',
    ]);
    expect(matchNeeds('a cuppa with someone')).toEqual([]);
  });

  it('parses a vocabulary from outside, and names each problem', () => {
    expect(parseNeedVocabulary(JSON.parse(JSON.stringify(defaultNeedVocabulary))).ok).toBe(true);
    const bad = parseNeedVocabulary({ needs: [{ coding: {}, terms: [] }], synonyms: { a: '' } });
    expect(bad.ok ? [] : bad.error.code).toBe('invalid-vocabulary');
    expect(parseNeedVocabulary('not a vocabulary').ok).toBe(false);
  });
});
