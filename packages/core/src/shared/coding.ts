import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.js';
import { boundedText, optionalOf, textUpTo } from './text.js';

/** Well-known code system URIs. */
export const CodeSystems = {
  snomed: 'http://snomed.info/sct',
  loinc: 'http://loinc.org',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  nhsNumber: 'https://fhir.nhs.uk/Id/nhs-number',
} as const;

/** A code from a terminology (SNOMED CT, LOINC…), as in FHIR's `Coding`. */
export const CodingSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    system: boundedText(500),
    code: boundedText(200),
    display: optionalOf(textUpTo(1000)),
  }),
);
/** A code from a terminology (SNOMED CT, LOINC…), as in FHIR's `Coding`. */
export type Coding = z.infer<typeof CodingSchema>;

/** Two codings denote the same concept when system and code match (display is ignored). */
export const sameCoding = (a: Coding, b: Coding): boolean =>
  a.system === b.system && a.code === b.code;
