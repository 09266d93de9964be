import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { lazySchema } from './lazy-schema.js';

// zod/mini keeps no messages until a locale is chosen ("Invalid input" for everything). English
// is set here, in the module every record schema imports, and again in parse.ts, rather than in
// a module imported only for its effect (bundlers drop those under `"sideEffects": false`).
z.config(en());

/**
 * The grammar of record ids: 1–200 characters of ASCII letters, digits, `.`, `_`, `:` and `-`,
 * starting with a letter or digit. No spaces, slashes or other punctuation, so an id is safe in a
 * storage key, a URL path segment and a FHIR logical id prefix.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

const idString = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(200),
      z.regex(
        ID_PATTERN,
        'ids use letters, digits, ".", "_", ":" and "-", starting with a letter or digit',
      ),
    ),
);

/**
 * The grammar of tenant ids, stricter than other ids because a tenant id is the partition (and
 * later the distribution) key and may name a schema, a subdomain or a path: 1–63 characters of
 * lower-case letters, digits and `-`, starting and ending with a letter or digit (a DNS label),
 * e.g. `riverside-surgery`, `pcn-12`. `'bad tenant!'`, `'Practice_1'` and `'-x'` are refused.
 */
export const TENANT_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The organisation that owns a record: a GP practice, a PCN, a community service. */
export const TenantIdSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(63),
      z.regex(
        TENANT_ID_PATTERN,
        'tenant ids are 1–63 lower-case letters, digits and "-", starting and ending with a letter or digit',
      ),
    )
    .brand<'TenantId'>(),
);
/** Identifies a tenant (organisation). Part of every storage key. */
export type TenantId = z.infer<typeof TenantIdSchema>;

/** Identifies a person who is supported (a patient, a service user). */
export const PersonIdSchema = /* @__PURE__ */ lazySchema(() => idString.brand<'PersonId'>());
/** Identifies a person who is supported (a patient, a service user). */
export type PersonId = z.infer<typeof PersonIdSchema>;

/** Identifies a practitioner (a member of staff or a volunteer). */
export const PractitionerIdSchema = /* @__PURE__ */ lazySchema(() =>
  idString.brand<'PractitionerId'>(),
);
/** Identifies a practitioner (a member of staff or a volunteer). */
export type PractitionerId = z.infer<typeof PractitionerIdSchema>;

/** Identifies a carer (family member, friend, paid carer) who supports a person. */
export const CarerIdSchema = /* @__PURE__ */ lazySchema(() => idString.brand<'CarerId'>());
/** Identifies a carer. */
export type CarerId = z.infer<typeof CarerIdSchema>;

/** Identifies any other record (plans, goals, assessments, services…). */
export const RecordIdSchema = /* @__PURE__ */ lazySchema(() => idString.brand<'RecordId'>());
/** Identifies any other record (plans, goals, assessments, services…). */
export type RecordId = z.infer<typeof RecordIdSchema>;

/** The kinds of record an {@link IdGenerator} is asked to name. */
export type IdKind =
  | 'person'
  | 'practitioner'
  | 'carer'
  | 'care-team'
  | 'care-plan'
  | 'goal'
  | 'action-plan'
  | 'event'
  | 'appointment'
  | 'assessment'
  | 'organisation'
  | 'service'
  | 'location'
  | 'schedule'
  | 'referral'
  | 'programme'
  | 'enrolment'
  | 'audit'
  | (string & {});

/**
 * Makes new ids. Domain packages never invent ids themselves: they take a generator,
 * so callers choose the format (UUIDs in production, sequences in tests).
 *
 * @example
 * const ids: IdGenerator = () => crypto.randomUUID();
 */
export type IdGenerator = (kind: IdKind) => string;

/**
 * A deterministic generator producing `prefix-kind-1`, `prefix-kind-2`, … per kind. For tests,
 * simulations and fixtures.
 */
export function sequentialIds(prefix = 'id'): IdGenerator {
  const counters = new Map<string, number>();
  return (kind) => {
    const next = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, next);
    return `${prefix}-${kind}-${next}`;
  };
}
