import type { Coding } from '@livewell/core';
import type { Coding as FhirCoding } from '@medplum/fhirtypes';
import { codeSystem } from './systems.js';

/**
 * Code systems livewell's domain names under a URI other than the FHIR base, and the URI sent
 * in FHIR. The directory's support-need terms are stored as
 * `https://livewell.dev/fhir/CodeSystem/support-need`; FHIR exports name every livewell code
 * system under `https://fhir.livewell.dev/CodeSystem/`, and imports map it back.
 */
export const FHIR_SYSTEM_ALIASES: Readonly<Record<string, string>> = {
  'https://livewell.dev/fhir/CodeSystem/support-need': codeSystem('support-need'),
};
const DOMAIN_SYSTEMS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(FHIR_SYSTEM_ALIASES).map(([domain, fhir]) => [fhir, domain]),
);

/** A livewell coding as a FHIR Coding (display only when present). */
export function toFhirCoding(c: Coding): FhirCoding {
  const system = FHIR_SYSTEM_ALIASES[c.system] ?? c.system;
  return c.display === undefined
    ? { system, code: c.code }
    : { system, code: c.code, display: c.display };
}

/** A FHIR Coding read back as a livewell coding, or undefined without system and code. */
export function fromFhirCoding(c: {
  system?: string | undefined;
  code?: string | undefined;
  display?: string | undefined;
}): Coding | undefined {
  if (!c.system || !c.code) return undefined;
  const system = DOMAIN_SYSTEMS[c.system] ?? c.system;
  return c.display === undefined
    ? { system, code: c.code }
    : { system, code: c.code, display: c.display };
}
