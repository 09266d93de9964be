import type { ExtractResource, Identifier, Reference, ResourceType } from '@medplum/fhirtypes';
import { identifierSystem } from './systems.js';

const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;

/** A 64-bit FNV-1a-style hash as 16 hex digits (deterministic; not for security). */
function hash64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 = (h2 ^ (h2 >>> 15)) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/**
 * The FHIR resource id for a livewell id: the id itself when it is a valid FHIR id
 * (`[A-Za-z0-9.-]{1,64}`), otherwise `lw-` and a stable hash. The livewell id always travels
 * in `identifier` too, so nothing is lost.
 */
export const fhirId = (id: string): string => (FHIR_ID.test(id) ? id : `lw-${hash64(id)}`);

/** The identifier carrying a livewell id of one kind. */
export const livewellIdentifier = (kind: string, id: string): Identifier => ({
  system: identifierSystem(kind),
  value: id,
});

/**
 * A relative reference `Type/fhirId`; the livewell identifier is added when the FHIR id had to
 * be hashed, so the reference can be read back exactly.
 */
export function referenceTo<T extends ResourceType>(
  type: T,
  kind: string,
  id: string,
): Reference<ExtractResource<T>> {
  const target = fhirId(id);
  return target === id
    ? { reference: `${type}/${target}` }
    : { reference: `${type}/${target}`, identifier: livewellIdentifier(kind, id) };
}
