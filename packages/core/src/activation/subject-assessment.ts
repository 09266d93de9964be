import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { optionalOf } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import {
  AdministrationModeSchema,
  AssessmentProvenanceSchema,
  AssessmentScoresSchema,
  ItemResponseSchema,
} from './assessment.js';
import { InstrumentLabelSchema, ItemIdSchema } from './instrument-parts.js';
import { subjectKindOfInstrument } from './instrument-subjects.js';
import { InstrumentRefSchema } from './licensed-result.js';
import {
  type AssessmentSubjectKind,
  PracticeSubjectSchema,
  PractitionerSubjectSchema,
} from './subject.js';

/** An instrument reference that must not name an instrument known to assess another kind of subject. */
const instrumentFor = (kind: AssessmentSubjectKind) =>
  InstrumentRefSchema.check(
    z.refine(
      (ref) => {
        const about = subjectKindOfInstrument(ref.id);
        return about === kind || (about === 'person' && !isKnownPerson(ref.id));
      },
      { message: `this instrument does not assess a ${kind}` },
    ),
  );

/** Person-only instruments livewell ships or bridges (never recorded for a practitioner or practice). */
const personInstruments = new Set([
  'pam-13',
  'pam-10',
  'swemwbs',
  'phq-9',
  'phq-2',
  'gad-7',
  'gad-2',
  'semcd-6',
  'pacic',
]);
const isKnownPerson = (id: string): boolean => personInstruments.has(id);

const subjectCommon = {
  schemaVersion: schemaVersion(1),
  id: RecordIdSchema,
  tenantId: TenantIdSchema,
  completedAt: IsoInstantSchema,
  responses: z.array(ItemResponseSchema).check(z.maxLength(200)),
  scores: AssessmentScoresSchema,
  band: z.optional(z.object({ code: ItemIdSchema, label: InstrumentLabelSchema })),
  provenance: AssessmentProvenanceSchema,
  mode: optionalOf(AdministrationModeSchema),
  recordedBy: optionalOf(ActorSchema),
};

/**
 * A scored assessment about a practitioner (e.g. a CS-PAM result from a licensed scorer). It has
 * no `personId`, so it can never be stored as, or mistaken for, a patient's assessment.
 */
export const PractitionerAssessmentSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...subjectCommon,
    subject: PractitionerSubjectSchema,
    instrument: instrumentFor('practitioner'),
  }),
);
/** A scored assessment about a practitioner. */
export type PractitionerAssessment = z.infer<typeof PractitionerAssessmentSchema>;

/**
 * A scored assessment about a practice (organisation), e.g. a readiness checklist. It has no
 * `personId`: it is the practice's record, never a patient's.
 */
export const PracticeAssessmentSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...subjectCommon,
    subject: PracticeSubjectSchema,
    instrument: instrumentFor('practice'),
  }),
);
/** A scored assessment about a practice. */
export type PracticeAssessment = z.infer<typeof PracticeAssessmentSchema>;
