import type { Bundle, Resource } from '@medplum/fhirtypes';

/** One `Reference.reference` found in a resource, with the FHIR path it sits at. */
export interface FoundReference {
  /** E.g. `CarePlan.careTeam[0]`. */
  readonly path: string;
  /** The reference as written, e.g. `Practitioner/nurse-1`. */
  readonly reference: string;
  /** The Reference element itself (its identifier and extensions). */
  readonly element: Readonly<Record<string, unknown>>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function walk(node: unknown, path: string, into: FoundReference[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      walk(item, `${path}[${i}]`, into);
    });
    return;
  }
  if (!isObject(node)) return;
  if (typeof node.reference === 'string')
    into.push({ path, reference: node.reference, element: node });
  for (const [key, value] of Object.entries(node)) {
    // A nested resource (a contained one, a Bundle entry) has its own references.
    if (key === 'resource' || key === 'contained') continue;
    walk(value, `${path}.${key}`, into);
  }
}

/**
 * Every literal reference (`Reference.reference`) in a resource, anywhere in it (elements,
 * extensions, notes), with its path. Resources nested in `contained` or Bundle entries are not
 * searched: pass them on their own.
 *
 * @example
 * referencesIn(carePlan).map((r) => r.reference); // ['Patient/p1', 'CareTeam/plan-1.care-team', …]
 */
export function referencesIn(resource: Resource): FoundReference[] {
  return referencesUnder(resource, resource.resourceType);
}

/** {@link referencesIn} for a resource read without a type (a Bundle entry as parsed). */
export function referencesUnder(node: unknown, path: string): FoundReference[] {
  const found: FoundReference[] = [];
  walk(node, path, found);
  return found;
}

/** A reference in a Bundle that no entry of the Bundle satisfies. */
export interface DanglingReference {
  /** `Type/id` of the resource holding the reference. */
  readonly from: string;
  readonly path: string;
  readonly reference: string;
}

/**
 * The references in a Bundle that resolve to none of its entries (0 when it is self-contained).
 * A reference resolves when it is an entry's `fullUrl`, the `Type/id` of an entry's resource or
 * of its `PUT` request, or that `Type/id` under the base of the referring entry's `fullUrl`
 * (FHIR's bundle resolution rules); `#id` resolves to a resource contained in the referring one.
 * Display-only and identifier-only references point at nothing and are not counted.
 *
 * @example
 * const bundle = toFhirTransactionBundle(record);
 * if (bundle.ok) expect(danglingReferences(bundle.value)).toEqual([]);
 */
export function danglingReferences(bundle: Bundle): DanglingReference[] {
  const known = new Set<string>();
  for (const e of bundle.entry ?? []) {
    if (e.fullUrl) known.add(e.fullUrl);
    const r = e.resource;
    if (r?.id) known.add(`${r.resourceType}/${r.id}`);
    if (e.request?.method === 'PUT' && /^[A-Za-z]+\/[^/?]+$/.test(e.request.url)) {
      known.add(e.request.url);
    }
  }
  const out: DanglingReference[] = [];
  for (const e of bundle.entry ?? []) {
    const r = e.resource;
    if (!r) continue;
    const contained = new Set(
      ('contained' in r && Array.isArray(r.contained) ? r.contained : []).map(
        (c: Resource) => `#${c.id ?? ''}`,
      ),
    );
    const base = e.fullUrl?.match(/^(.*\/)[A-Za-z]+\/[^/]+$/)?.[1];
    for (const found of referencesIn(r)) {
      const ref = found.reference;
      const resolves =
        known.has(ref) || contained.has(ref) || (base !== undefined && known.has(`${base}${ref}`));
      if (!resolves) {
        out.push({ from: `${r.resourceType}/${r.id ?? ''}`, path: found.path, reference: ref });
      }
    }
  }
  return out;
}
