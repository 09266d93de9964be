import * as z from 'zod/mini';
import { RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { IsoInstantSchema } from '../shared/time-values.js';

/** The three appointments of the cycle: tests, the care-planning conversation, a review. */
export const AppointmentKindSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['information-gathering', 'care-planning-conversation', 'review']),
);
/** The kind of appointment in the care and support planning cycle. */
export type AppointmentKind = z.infer<typeof AppointmentKindSchema>;

/** A booked appointment that belongs to a plan. */
export const AppointmentSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: RecordIdSchema,
    kind: AppointmentKindSchema,
    /** When the appointment starts. */
    start: IsoInstantSchema,
    /** When it was booked. */
    bookedAt: IsoInstantSchema,
  }),
);
/** A booked appointment that belongs to a plan. */
export type Appointment = z.infer<typeof AppointmentSchema>;
