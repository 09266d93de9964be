import type { Coding } from '@livewell/core';
import { goalKeywords } from '../directory/needs.js';
import { tokenize } from '../search/text.js';

/** A goal's words and the needs they point to (see `goalKeywords`). */
export type GoalVocabulary = readonly (readonly [string, readonly Coding[]])[];

/**
 * The needs a goal in the person's own words points to: every vocabulary entry whose stem
 * starts a word of the goal. "Lose weight" → weight management, physical activity, healthy
 * eating. Returns no needs when nothing matches (the caller should ask).
 */
export function needsForGoal(goal: string, vocabulary: GoalVocabulary = goalKeywords): Coding[] {
  const words = tokenize(goal);
  const out: Coding[] = [];
  for (const [stem, needs] of vocabulary) {
    if (!words.some((w) => w.startsWith(stem))) continue;
    for (const n of needs) {
      if (!out.some((o) => o.system === n.system && o.code === n.code)) out.push(n);
    }
  }
  return out;
}
