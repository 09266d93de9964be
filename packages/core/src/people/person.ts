import * as z from 'zod';
import { CodingSchema } from '../shared/coding.js';
import { AddressSchema } from '../shared/geo.js';
import { CarerIdSchema, PersonIdSchema, TenantIdSchema } from '../shared/ids.js';
import { schemaVersion } from '../shared/schema-version.js';
import { IsoDateSchema } from '../shared/time-values.js';

/** How a person wants to receive information (letters, results, prompts). */
export const CommunicationPreferencesSchema = z.object({
  format: z.enum(['standard', 'large-print', 'easy-read', 'braille', 'audio', 'bsl-video']),
  /** BCP 47 language tag, e.g. `en`, `cy`, `pa`. */
  language: z.string().min(2).max(35),
  channel: z.enum(['letter', 'email', 'sms', 'phone', 'app']),
  interpreterNeeded: z.boolean(),
});
/** How a person wants to receive information. */
export type CommunicationPreferences = z.infer<typeof CommunicationPreferencesSchema>;

/** A carer who supports the person; `consentToShare` records the person's consent. */
export const CarerSchema = z.object({
  id: CarerIdSchema,
  name: z.string().min(1).max(200),
  relationship: z.string().min(1).max(100),
  /** The person has agreed that this carer may see and act on their plan. */
  consentToShare: z.boolean(),
});
/** A carer who supports the person. */
export type Carer = z.infer<typeof CarerSchema>;

/** Someone living with one or more long-term conditions, supported by the tenant. */
export const PersonSchema = z.object({
  schemaVersion: schemaVersion(1),
  id: PersonIdSchema,
  tenantId: TenantIdSchema,
  /** Optional national identifier (kept as given; never derived). */
  nhsNumber: z
    .string()
    .regex(/^\d{10}$/)
    .optional(),
  name: z.object({
    given: z.string().min(1).max(200),
    family: z.string().min(1).max(200),
  }),
  birthDate: IsoDateSchema,
  /** Long-term conditions, coded (usually SNOMED CT). */
  conditions: z.array(CodingSchema).max(50),
  communication: CommunicationPreferencesSchema,
  carers: z.array(CarerSchema).max(20),
  /** The person agrees to share their plan across the care team (NHS England PCSP criterion 1). */
  consentToShare: z.boolean(),
  address: AddressSchema.optional(),
});
/** Someone living with one or more long-term conditions. */
export type Person = z.infer<typeof PersonSchema>;
