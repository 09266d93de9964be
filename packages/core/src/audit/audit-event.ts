import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { PersonIdSchema, RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText, optionalOf } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';

/** JSON values (what audit details may hold). */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/**
 * A JSON value: finite numbers, strings, booleans, null, arrays and plain objects. A
 * `__proto__` key is dropped on parse (zod's guard against prototype pollution).
 */
export const JsonValueSchema: z.ZodMiniType<JsonValue> = /* @__PURE__ */ lazySchema(() =>
  z.lazy(() =>
    z.union([
      z.string(),
      z.number().check(z.refine(Number.isFinite)),
      z.boolean(),
      z.null(),
      z.array(JsonValueSchema),
      z.record(z.string(), JsonValueSchema),
    ]),
  ),
);

/**
 * The audit envelope: who did what, when, in which tenant, to which record and about whom.
 * Audit events are append-only; erasure of a person leaves an audit event, not their data.
 */
export const AuditEventSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    schemaVersion: schemaVersion(1),
    id: RecordIdSchema,
    tenantId: TenantIdSchema,
    at: IsoInstantSchema,
    actor: ActorSchema,
    /** Dotted past-tense action name, e.g. `care-plan.agreed`, `person.erased`. */
    action: z
      .string()
      .check(z.minLength(1), z.maxLength(200), z.regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/)),
    subject: z.object({
      kind: boundedText(100),
      id: boundedText(200),
    }),
    personId: optionalOf(PersonIdSchema),
    details: z.optional(z.record(z.string(), JsonValueSchema)),
  }),
);
/** The audit envelope: who did what, when, in which tenant, to which record. */
export type AuditEvent = z.infer<typeof AuditEventSchema>;
