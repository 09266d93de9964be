import * as z from 'zod/mini';
import { RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText, optionalBoundedText } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { instantToMs } from '../time/zoned.js';

/**
 * The parts a programme is made of: group workshops, action learning set meetings and
 * one-to-one (1-2-1) support sessions.
 */
export const ProgrammeSessionKindSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['workshop', 'action-learning-set', 'one-to-one']),
);
/** The kind of a programme session. */
export type ProgrammeSessionKind = z.infer<typeof ProgrammeSessionKindSchema>;

/**
 * One session of a programme, of a {@link ProgrammeSessionKind}, with its start and end instants.
 * (Schema version 1 had no `kind`: every v1 session was a workshop.)
 */
export const ProgrammeSessionSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      id: RecordIdSchema,
      kind: ProgrammeSessionKindSchema,
      title: optionalBoundedText(200),
      start: IsoInstantSchema,
      end: IsoInstantSchema,
    })
    .check(
      z.refine((s) => instantToMs(s.end) > instantToMs(s.start), {
        message: 'a session must end after it starts',
        path: ['end'],
      }),
    ),
);
/** One session of a programme. */
export type ProgrammeSession = z.infer<typeof ProgrammeSessionSchema>;

/**
 * When an enrolment counts as completed: at least `minimum` sessions attended, including every
 * session in `required` (if given); or every session attended.
 */
export const CompletionRuleSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('minimum-attended'),
      minimum: z.int().check(z.gte(1), z.lte(100)),
      required: z.optional(z.array(RecordIdSchema).check(z.maxLength(100))),
    }),
    z.object({ kind: z.literal('all-attended') }),
  ]),
);
/** When an enrolment counts as completed. */
export type CompletionRule = z.infer<typeof CompletionRuleSchema>;

/**
 * A course of sessions run by a directory service, such as a six-workshop patient skills
 * programme: places up to `capacity`, then a waiting list (capped by `waitingListLimit` if
 * given), and a completion rule such as "at least 4 of 6".
 */
export const ProgrammeSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      schemaVersion: schemaVersion(2),
      id: RecordIdSchema,
      tenantId: TenantIdSchema,
      /** The directory service that runs the programme. */
      serviceId: RecordIdSchema,
      title: boundedText(200),
      description: optionalBoundedText(4000),
      sessions: z.array(ProgrammeSessionSchema).check(z.minLength(1), z.maxLength(100)),
      /** Places: at most this many people are enrolled at once. */
      capacity: z.int().check(z.gte(1), z.lte(10_000)),
      /** The longest the waiting list may grow; no limit when absent. */
      waitingListLimit: z.optional(z.int().check(z.gte(0), z.lte(10_000))),
      completionRule: CompletionRuleSchema,
    })
    .check(
      z.superRefine((p, ctx) => {
        const ids = new Set(p.sessions.map((s) => s.id));
        if (ids.size !== p.sessions.length) {
          ctx.addIssue({
            code: 'custom',
            message: 'session ids must be unique',
            path: ['sessions'],
          });
        }
        const rule = p.completionRule;
        if (rule.kind !== 'minimum-attended') return;
        if (rule.minimum > p.sessions.length) {
          ctx.addIssue({
            code: 'custom',
            message: 'the completion minimum cannot exceed the number of sessions',
            path: ['completionRule', 'minimum'],
          });
        }
        for (const [i, id] of (rule.required ?? []).entries()) {
          if (!ids.has(id)) {
            ctx.addIssue({
              code: 'custom',
              message: 'a required session must be one of the programme sessions',
              path: ['completionRule', 'required', i],
            });
          }
        }
      }),
    ),
);
/** A course of sessions run by a directory service. */
export type Programme = z.infer<typeof ProgrammeSchema>;
