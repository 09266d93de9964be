import * as z from 'zod/mini';
import { PersonIdSchema, PractitionerIdSchema, RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';

/**
 * Who an assessment is about: a `person` (a patient or service user), a `practitioner` (a
 * clinician's own beliefs or skills, e.g. CS-PAM) or a `practice` (an organisation's readiness).
 */
export const AssessmentSubjectKindSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['person', 'practitioner', 'practice']),
);
/** Who an assessment is about. */
export type AssessmentSubjectKind = z.infer<typeof AssessmentSubjectKindSchema>;

/** A person as the subject of an assessment. */
export const PersonSubjectSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    kind: z.literal('person'),
    personId: PersonIdSchema,
  }),
);
/** A person as the subject of an assessment. */
export type PersonSubject = z.infer<typeof PersonSubjectSchema>;

/** A practitioner as the subject of an assessment (their own result, never a patient's). */
export const PractitionerSubjectSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    kind: z.literal('practitioner'),
    practitionerId: PractitionerIdSchema,
  }),
);
/** A practitioner as the subject of an assessment. */
export type PractitionerSubject = z.infer<typeof PractitionerSubjectSchema>;

/** A practice (an organisation, by its directory or tenant record id) as the subject of an assessment. */
export const PracticeSubjectSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    kind: z.literal('practice'),
    practiceId: RecordIdSchema,
  }),
);
/** A practice as the subject of an assessment. */
export type PracticeSubject = z.infer<typeof PracticeSubjectSchema>;

/** The subject of an assessment, discriminated by `kind`. */
export const AssessmentSubjectSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    PersonSubjectSchema,
    PractitionerSubjectSchema,
    PracticeSubjectSchema,
  ]),
);
/** The subject of an assessment. */
export type AssessmentSubject = z.infer<typeof AssessmentSubjectSchema>;

/** A stable key for a subject, e.g. `practitioner:pr-1` (for grouping and comparison). */
export const subjectKey = (subject: AssessmentSubject): string =>
  subject.kind === 'person'
    ? `person:${subject.personId}`
    : subject.kind === 'practitioner'
      ? `practitioner:${subject.practitionerId}`
      : `practice:${subject.practiceId}`;
