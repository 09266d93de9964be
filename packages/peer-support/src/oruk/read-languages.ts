import { LanguageTagSchema } from '@livewell/core';
import { objects, str } from './read.js';
import { at, type Reading } from './reading.js';

export function readLanguages(r: Reading, input: Record<string, unknown>): string[] {
  const out: string[] = [];
  objects(input.languages).forEach((l, i) => {
    const path = at('languages', i);
    const code = str(l.code)?.trim();
    if (code === undefined) return;
    const [head, ...rest] = code.split('-');
    const tag = [head?.toLowerCase(), ...rest].join('-');
    if (!LanguageTagSchema.safeParse(tag).success) {
      r.ledger.lose(at(path, 'code'), 'not a BCP 47 language code');
      return;
    }
    if (out.includes(tag)) {
      r.ledger.lose(at(path, 'code'), 'the language is listed twice');
      return;
    }
    if (out.length >= 30) {
      r.ledger.lose(at(path, 'code'), 'livewell keeps 30 languages');
      return;
    }
    out.push(tag);
    r.ledger.keep(at(path, 'code'));
  });
  return out;
}
