import {
  CodingSchema,
  domainError,
  err,
  GeoPointSchema,
  GoalDomainSchema,
  IsoInstantSchema,
  makeParser,
  ok,
  type Result,
} from '@livewell/core';
import * as z from 'zod';
import { NeedVocabularySchema } from './parse-need-vocabulary.js';

const SuggestInputSchema = z.object({
  needsOrGoals: z
    .array(
      z.union([
        z.string().max(1000),
        CodingSchema,
        z.object({ description: z.string().max(1000), domain: z.optional(GoalDomainSchema) }),
      ]),
    )
    .max(100),
  place: z
    .object({ point: z.optional(GeoPointSchema), postcode: z.string().max(20).optional() })
    .optional(),
  now: IsoInstantSchema,
  options: z.object({
    radiusKm: z.number().min(0).max(20_000).optional(),
    limit: z.int().min(0).max(1000).optional(),
    maxAgeDays: z.number().min(0).max(36_500).optional(),
    goalVocabulary: NeedVocabularySchema.optional(),
  }),
});

/** What `suggestServices` reads from its caller, checked (and copied) before use. */
export type SuggestInput = z.output<typeof SuggestInputSchema>;

const parseSuggestInput = makeParser('SuggestInput', SuggestInputSchema);

/**
 * Checks the needs, place, `now` and options given to `suggestServices`: anything unreadable
 * (not a list, a hostile object, an unreadable instant) is an `invalid-query`, never a throw.
 */
export function readSuggestInput(
  input: unknown,
): Result<SuggestInput, ReturnType<typeof domainError<'invalid-query'>>> {
  const parsed = parseSuggestInput(input);
  if (parsed.ok) return ok(parsed.value);
  return err(
    domainError('invalid-query', 'The needs, place, time or options cannot be read.', {
      issues: parsed.error.issues,
    }),
  );
}
