import type { Coding, Meta } from '@medplum/fhirtypes';
import { codeSystem } from './systems.js';

/**
 * The `meta.tag` on a resource written only so that a Bundle's references resolve: livewell
 * names the target (a practitioner, a carer, a service, an earlier plan version) but holds no
 * more about it in the record being exported. Imports skip resources with this tag.
 */
export const REFERENCED_ONLY_TAG: Readonly<Coding> = {
  system: codeSystem('bundle-entry'),
  code: 'referenced-only',
  display: 'Written so that references resolve; the export holds nothing more about it',
};

/** The `meta` of a referenced-only resource. */
export const referencedOnlyMeta = (): Meta => ({ tag: [{ ...REFERENCED_ONLY_TAG }] });

/** Whether a resource (untrusted JSON) carries the referenced-only tag. */
export function isReferencedOnly(resource: unknown): boolean {
  if (typeof resource !== 'object' || resource === null) return false;
  const meta = (resource as { meta?: unknown }).meta;
  if (typeof meta !== 'object' || meta === null) return false;
  const tags = (meta as { tag?: unknown }).tag;
  return (
    Array.isArray(tags) &&
    tags.some(
      (t: unknown) =>
        typeof t === 'object' &&
        t !== null &&
        (t as Coding).system === REFERENCED_ONLY_TAG.system &&
        (t as Coding).code === REFERENCED_ONLY_TAG.code,
    )
  );
}
