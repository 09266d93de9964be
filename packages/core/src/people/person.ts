import * as z from 'zod/mini';
import { CodingSchema } from '../shared/coding.js';
import { AddressSchema } from '../shared/geo.js';
import { CarerIdSchema, PersonIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText, optionalOf } from '../shared/text.js';
import { IsoDateSchema } from '../shared/time-values.js';

/** How a person wants to receive information (letters, results, prompts). */
export const CommunicationPreferencesSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    format: z.enum(['standard', 'large-print', 'easy-read', 'braille', 'audio', 'bsl-video']),
    /** BCP 47 language tag, e.g. `en`, `cy`, `pa`. */
    language: z.string().check(z.minLength(2), z.maxLength(35)),
    channel: z.enum(['letter', 'email', 'sms', 'phone', 'app']),
    interpreterNeeded: z.boolean(),
  }),
);
/** How a person wants to receive information. */
export type CommunicationPreferences = z.infer<typeof CommunicationPreferencesSchema>;

/** A carer who supports the person; `consentToShare` records the person's consent. */
export const CarerSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: CarerIdSchema,
    name: boundedText(200),
    relationship: boundedText(100),
    /** The person has agreed that this carer may see and act on their plan. */
    consentToShare: z.boolean(),
  }),
);
/** A carer who supports the person. */
export type Carer = z.infer<typeof CarerSchema>;

/** Someone living with one or more long-term conditions, supported by the tenant. */
export const PersonSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    schemaVersion: schemaVersion(1),
    id: PersonIdSchema,
    tenantId: TenantIdSchema,
    /** Optional national identifier (kept as given; never derived). */
    nhsNumber: z.optional(z.string().check(z.regex(/^\d{10}$/))),
    name: z.object({
      given: boundedText(200),
      family: boundedText(200),
    }),
    birthDate: IsoDateSchema,
    /** Long-term conditions, coded (usually SNOMED CT). */
    conditions: z.array(CodingSchema).check(z.maxLength(50)),
    communication: CommunicationPreferencesSchema,
    carers: z.array(CarerSchema).check(z.maxLength(20)),
    /** The person agrees to share their plan across the care team (NHS England PCSP criterion 1). */
    consentToShare: z.boolean(),
    address: optionalOf(AddressSchema),
  }),
);
/** Someone living with one or more long-term conditions. */
export type Person = z.infer<typeof PersonSchema>;
