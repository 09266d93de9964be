import type { Coding, GoalDomain } from '@livewell/core';
import { tokenize } from '../search/text.js';
import { defaultNeedVocabulary, type NeedEntry, type NeedVocabulary } from './need-vocabulary.js';

/** A goal to match: its words, and its biopsychosocial domain when known. */
export interface GoalToMatch {
  readonly description: string;
  readonly domain?: GoalDomain | undefined;
}

/** A need a goal points to, with its score and why: the phrases found, and the domain fit. */
export interface NeedMatch {
  readonly coding: Coding;
  readonly score: number;
  /** The vocabulary terms found in the goal. */
  readonly matched: readonly string[];
  /** Whether the need serves the goal's domain (`undefined` when the goal has no domain). */
  readonly inGoalDomain?: boolean;
  /** One line: "'back to work' points to employment support". */
  readonly because: string;
}

/** A plural's singular, for matching ("ulcers" → "ulcer"; "glass" stays). */
const singular = (word: string): string =>
  word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;

/** Each word of the text, with the forms it may match: itself, its singular and their synonyms. */
function formsOf(text: string, synonyms: NeedVocabulary['synonyms']): Set<string>[] {
  return tokenize(text).map((token) => {
    const forms = new Set([token, singular(token)]);
    for (const f of [...forms]) {
      const canonical = synonyms[f];
      if (canonical !== undefined) forms.add(canonical);
    }
    return forms;
  });
}

/** True when the phrase's words occur one after another in the text's words. */
function contains(words: readonly Set<string>[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, j) => words[i + j]?.has(w) === true)) return true;
  }
  return false;
}

const phraseOf = (term: string): string[] => tokenize(term);

function matchEntry(
  entry: NeedEntry,
  words: readonly Set<string>[],
  domain: GoalDomain | undefined,
): NeedMatch | undefined {
  if ((entry.notWhen ?? []).some((p) => contains(words, phraseOf(p)))) return undefined;
  const matched = entry.terms.filter((t) => contains(words, phraseOf(t)));
  if (matched.length === 0) return undefined;
  const inGoalDomain = domain === undefined ? undefined : entry.domains.includes(domain);
  const words_ = matched.reduce((sum, t) => sum + phraseOf(t).length, 0);
  const name = entry.coding.display ?? entry.coding.code;
  const found = `'${matched.join("', '")}'`;
  return {
    coding: entry.coding,
    score: words_ + (inGoalDomain === true ? 1 : 0),
    matched,
    ...(inGoalDomain === undefined ? {} : { inGoalDomain }),
    because:
      inGoalDomain === false
        ? `${found} points to ${name} (outside the goal's ${domain} domain)`
        : `${found} points to ${name}`,
  };
}

/**
 * The needs a goal in the person's own words points to, best first: whole words and phrases
 * of the vocabulary (after the synonym table and plurals), never word fragments, so "fitting a
 * new kitchen" points to nothing; a need whose `notWhen` phrase is present is left out ("weight
 * off my mind"). A need that serves the goal's domain ranks higher. Empty when nothing matches:
 * ask the person.
 *
 * @example
 * matchNeeds({ description: 'Go back to work', domain: 'social' })[0]?.coding.code; // 'employment'
 */
export function matchNeeds(
  goal: GoalToMatch | string,
  vocabulary: NeedVocabulary = defaultNeedVocabulary,
): NeedMatch[] {
  const { description, domain } = typeof goal === 'string' ? { description: goal } : goal;
  const words = formsOf(description, vocabulary.synonyms);
  const out: { match: NeedMatch; order: number }[] = [];
  vocabulary.needs.forEach((entry, order) => {
    const match = matchEntry(entry, words, domain);
    if (match && !out.some((o) => sameNeed(o.match.coding, match.coding)))
      out.push({ match, order });
  });
  return out.sort((a, b) => b.match.score - a.match.score || a.order - b.order).map((o) => o.match);
}

const sameNeed = (a: Coding, b: Coding) => a.system === b.system && a.code === b.code;
