import * as z from 'zod/mini';
import { PersonIdSchema, RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { CarerSchema } from './person.js';

/** The part of a directory service that authorisation needs: which organisation runs it. */
export const ServiceOwnerSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: RecordIdSchema,
    organisationId: RecordIdSchema,
  }),
);
/** Which organisation runs a service (a `Service` fits). */
export type ServiceOwner = z.infer<typeof ServiceOwnerSchema>;

/** The part of a person's record that authorisation needs: their carers and consent. */
export const PersonCarersSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: PersonIdSchema,
    carers: z.array(CarerSchema).check(z.maxLength(20)),
  }),
);
/** A person's registered carers, with the person's consent on each (a `Person` fits). */
export type PersonCarers = z.infer<typeof PersonCarersSchema>;
