import * as z from 'zod/mini';
import { AttendanceSchema } from '../referral/enrolment.js';
import { ActorSchema } from '../shared/actor.js';
import { PractitionerIdSchema, RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText, optionalBoundedText } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { DevelopmentSkillSchema } from './development-skill.js';

const envelope = {
  schemaVersion: schemaVersion(1),
  id: RecordIdSchema,
  tenantId: TenantIdSchema,
  placeId: RecordIdSchema,
  at: IsoInstantSchema,
  actor: ActorSchema,
};

/**
 * What happened to a practitioner's place, past tense: `place.offered` starts its history (with a
 * place or on the waiting list); the others are the programme lifecycle's enrolment events
 * (`enrolment.attendance-recorded`, `enrolment.withdrawn`, `enrolment.completed`,
 * `enrolment.not-completed`, `enrolment.promoted`). Replaying them rebuilds the place.
 */
export const PractitionerPlaceEventSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({
      ...envelope,
      type: z.literal('place.offered'),
      programmeId: RecordIdSchema,
      practitionerId: PractitionerIdSchema,
      skills: z.array(DevelopmentSkillSchema).check(z.minLength(1), z.maxLength(20)),
      status: z.enum(['enrolled', 'waiting-listed']),
      queueNumber: z.int().check(z.gte(1), z.lte(1_000_000)),
    }),
    z.object({
      ...envelope,
      type: z.literal('enrolment.attendance-recorded'),
      entry: AttendanceSchema,
      order: z.array(RecordIdSchema).check(z.maxLength(100)),
    }),
    z.object({
      ...envelope,
      type: z.literal('enrolment.withdrawn'),
      reason: optionalBoundedText(2000),
    }),
    z.object({ ...envelope, type: z.literal('enrolment.completed') }),
    z.object({ ...envelope, type: z.literal('enrolment.not-completed') }),
    z.object({
      ...envelope,
      type: z.literal('enrolment.promoted'),
      reason: boundedText(2000),
    }),
  ]),
);
/** What happened to a practitioner's place. */
export type PractitionerPlaceEvent = z.infer<typeof PractitionerPlaceEventSchema>;
