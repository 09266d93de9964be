/** A Bundle entry's resource, as read (untyped beyond its `resourceType`). */
export type BundleResource = Record<string, unknown> & { resourceType: string; id?: unknown };

/** `Type/id`: how other resources in a Bundle reference this one. */
export const keyOf = (r: BundleResource): string => `${r.resourceType}/${String(r.id)}`;

/** The literal references in a Reference or a list of them (others are ignored). */
export const refs = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { reference?: unknown }).reference === 'string'
      ? [(v as { reference: string }).reference]
      : [],
  );

/**
 * A Bundle's resources indexed once by type, key and reference, so that reading the Bundle is
 * linear in its entries (looking each record's parts up by scanning would be quadratic).
 * Every lookup answers in Bundle order.
 */
export class BundleIndex {
  readonly #byType = new Map<string, BundleResource[]>();
  readonly #byKey = new Map<string, BundleResource[]>();
  readonly #referring = new Map<string, Map<string, BundleResource[]>>();
  readonly #position = new Map<BundleResource, number>();

  readonly #byFullUrl = new Map<string, BundleResource>();

  /** `fullUrls` gives each resource's entry `fullUrl`, where it has one. */
  constructor(
    resources: readonly BundleResource[],
    fullUrls: ReadonlyMap<BundleResource, string> = new Map(),
  ) {
    for (const [r, url] of fullUrls) this.#byFullUrl.set(url, r);
    for (const [i, r] of resources.entries()) {
      this.#position.set(r, i);
      push(this.#byType, r.resourceType, r);
      push(this.#byKey, keyOf(r), r);
    }
  }

  /** Every resource of one type. */
  ofType(type: string): readonly BundleResource[] {
    return this.#byType.get(type) ?? [];
  }

  /** The resources of `type` that one of `keys` names (each once, in Bundle order). */
  named(type: string, keys: readonly string[]): BundleResource[] {
    const found = new Set<BundleResource>();
    for (const key of keys) {
      for (const r of this.#byKey.get(key) ?? []) if (r.resourceType === type) found.add(r);
    }
    const at = (r: BundleResource) => this.#position.get(r) ?? 0;
    return [...found].sort((a, b) => at(a) - at(b));
  }

  /**
   * The resources a literal reference names: `Type/id`, an absolute URL ending in `Type/id`
   * (a version suffix `/_history/n` ignored), or an entry's `fullUrl`.
   */
  resolve(reference: string): readonly BundleResource[] {
    const byUrl = this.#byFullUrl.get(reference);
    if (byUrl !== undefined) return [byUrl];
    const key = reference.match(/(?:^|\/)([A-Za-z]+\/[^/]+)(?:\/_history\/[^/]+)?$/)?.[1];
    return key === undefined ? [] : (this.#byKey.get(key) ?? []);
  }

  /** The resources of `type` whose `element` references `key`. */
  referring(type: string, element: string, key: string): readonly BundleResource[] {
    const index = `${type}.${element}`;
    let byRef = this.#referring.get(index);
    if (byRef === undefined) {
      byRef = new Map();
      for (const r of this.ofType(type))
        for (const ref of new Set(refs(r[element]))) push(byRef, ref, r);
      this.#referring.set(index, byRef);
    }
    return byRef.get(key) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
