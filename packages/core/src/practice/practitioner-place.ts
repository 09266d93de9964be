import * as z from 'zod/mini';
import {
  AttendanceSchema,
  EnrolmentStatusChangeSchema,
  EnrolmentStatusSchema,
} from '../referral/enrolment.js';
import { PractitionerIdSchema, RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { DevelopmentSkillSchema } from './development-skill.js';

/**
 * A practitioner's place on a practitioner development programme (workshops, action learning
 * set meetings, one-to-one support): the same statuses, attendance and history as a person's
 * enrolment, run by the same programme lifecycle, but about a practitioner — it has no
 * `personId` and is never part of a patient's record. `skills` are what the programme develops;
 * a completed place adds them to the practitioner's development record.
 */
export const PractitionerPlaceSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      schemaVersion: schemaVersion(1),
      id: RecordIdSchema,
      tenantId: TenantIdSchema,
      programmeId: RecordIdSchema,
      practitionerId: PractitionerIdSchema,
      skills: z.array(DevelopmentSkillSchema).check(z.minLength(1), z.maxLength(20)),
      status: EnrolmentStatusSchema,
      queueNumber: z.int().check(z.gte(1), z.lte(1_000_000)),
      attendance: z.array(AttendanceSchema).check(z.maxLength(100)),
      history: z.array(EnrolmentStatusChangeSchema).check(z.minLength(1), z.maxLength(500)),
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    })
    .check(
      z.refine((p) => new Set(p.attendance.map((a) => a.sessionId)).size === p.attendance.length, {
        message: 'attendance has at most one entry per session',
        path: ['attendance'],
      }),
      z.refine((p) => new Set(p.skills).size === p.skills.length, {
        message: 'each skill is listed once',
        path: ['skills'],
      }),
    ),
);
/** A practitioner's place on a development programme. */
export type PractitionerPlace = z.infer<typeof PractitionerPlaceSchema>;
