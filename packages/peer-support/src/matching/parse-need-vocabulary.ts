import {
  CodingSchema,
  type DomainError,
  domainError,
  err,
  GoalDomainSchema,
  ok,
  type Result,
} from '@livewell/core';
import * as z from 'zod';
import type { NeedVocabulary } from './need-vocabulary.js';

const word = z.string().min(1).max(100).regex(/\S/, 'must not be blank');

/** A {@link NeedVocabulary} as data from outside (also checks `suggestServices`' `goalVocabulary`). */
export const NeedVocabularySchema = z.object({
  needs: z
    .array(
      z.object({
        coding: CodingSchema,
        description: z.string().min(1).max(1000),
        domains: z.array(GoalDomainSchema).max(3),
        terms: z.array(word).min(1).max(500),
        notWhen: z.array(word).max(100).optional(),
      }),
    )
    .max(500),
  synonyms: z.record(word, word),
});

/** Why a need vocabulary could not be read. */
export type NeedVocabularyError = DomainError<'invalid-vocabulary'>;

/**
 * Parses a need vocabulary from outside (a practice's configuration file): needs with codings,
 * domains, terms and `notWhen` phrases, and a synonym table. `invalid-vocabulary` lists each
 * problem with its path.
 */
export function parseNeedVocabulary(input: unknown): Result<NeedVocabulary, NeedVocabularyError> {
  let parsed: ReturnType<typeof NeedVocabularySchema.safeParse>;
  try {
    parsed = NeedVocabularySchema.safeParse(input);
  } catch {
    // A throwing getter or proxy trap: unreadable, never a throw.
    return err(
      domainError('invalid-vocabulary', 'The need vocabulary cannot be read.', { issues: [] }),
    );
  }
  if (parsed.success) return ok(parsed.data);
  return err(
    domainError('invalid-vocabulary', 'The need vocabulary is not usable.', {
      // A key may be a symbol (from a hostile object): String() names it, join would throw.
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message: i.message,
      })),
    }),
  );
}
