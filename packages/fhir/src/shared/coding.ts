import type { Coding } from '@livewell/core';
import type { Coding as FhirCoding } from '@medplum/fhirtypes';

/** A livewell coding as a FHIR Coding (display only when present). */
export const toFhirCoding = (c: Coding): FhirCoding =>
  c.display === undefined
    ? { system: c.system, code: c.code }
    : { system: c.system, code: c.code, display: c.display };

/** A FHIR Coding read back as a livewell coding, or undefined without system and code. */
export function fromFhirCoding(c: {
  system?: string | undefined;
  code?: string | undefined;
  display?: string | undefined;
}): Coding | undefined {
  if (!c.system || !c.code) return undefined;
  return c.display === undefined
    ? { system: c.system, code: c.code }
    : { system: c.system, code: c.code, display: c.display };
}
