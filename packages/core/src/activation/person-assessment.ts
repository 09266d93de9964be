import type { ParseError } from '../error.js';
import { err, type Result } from '../result.js';
import type { Assessment } from './assessment.js';
import { subjectKindOfInstrument } from './instrument-subjects.js';
import { parseAssessment } from './parsers.js';

/**
 * Parses untrusted input as a patient's {@link Assessment} and refuses one whose instrument
 * assesses a practitioner (CS-PAM) or a practice (the readiness checklists): a clinician's or a
 * practice's result never enters a person's record. The refusal is an `invalid-input` error
 * whose issue (code `wrong-subject`) is at `instrument.id`. Never throws.
 */
export function parsePersonAssessment(input: unknown): Result<Assessment, ParseError> {
  const parsed = parseAssessment(input);
  if (!parsed.ok) return parsed;
  const about = subjectKindOfInstrument(parsed.value.instrument.id);
  if (about === 'person') return parsed;
  return err({
    code: 'invalid-input',
    message: `Invalid Assessment at instrument.id: ${parsed.value.instrument.id} assesses a ${about}, not a person; record it as a ${about} assessment.`,
    schema: 'Assessment',
    issues: [
      {
        path: ['instrument', 'id'],
        code: 'wrong-subject',
        message: `${parsed.value.instrument.id} assesses a ${about}, not a person.`,
      },
    ],
  });
}
