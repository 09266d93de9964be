import type { Coding } from '@livewell/core';
import { type GoalToMatch, matchNeeds } from './match-needs.js';
import { defaultNeedVocabulary, type NeedVocabulary } from './need-vocabulary.js';

/** The vocabulary goals are matched with (see `NeedVocabulary`). */
export type GoalVocabulary = NeedVocabulary;

/**
 * The needs a goal in the person's own words points to, best first (see `matchNeeds` for the
 * reasons). "Lose weight" → weight management, physical activity, healthy eating. Returns no
 * needs when nothing matches (the caller should ask).
 */
export function needsForGoal(
  goal: GoalToMatch | string,
  vocabulary: GoalVocabulary = defaultNeedVocabulary,
): Coding[] {
  return matchNeeds(goal, vocabulary).map((m) => m.coding);
}
