import { reasonFor } from './loss-reasons.js';
import { isObject } from './read.js';

/** One source path an import did not keep, and why. */
export interface OrukLoss {
  /** The JSON path in the source payload, e.g. `service_at_locations[0].location.transportation`. */
  readonly path: string;
  /**
   * `not-held`: livewell's model has no place for it; `not-imported`: it has a place but this
   * value could not be read (wrong type, invalid, a schedule we cannot hold exactly);
   * `not-livewell`: an unknown field (not in HSDS 3.0 or the ORUK profile).
   */
  readonly code: 'not-held' | 'not-imported' | 'not-livewell';
  readonly reason: string;
  /** The source value (a JSON scalar) that was not kept. */
  readonly value: string | number | boolean | null;
}

/**
 * Tracks which source paths an import kept. What was not kept is reported from it, so every
 * leaf of the payload is either kept or listed with a reason — by construction, not by care.
 */
export class ImportLedger {
  private readonly kept = new Set<string>();
  private readonly lost = new Map<string, { code: OrukLoss['code']; reason: string }>();

  /** Marks a leaf (or a whole subtree, when `subtree` is set) as kept. */
  keep(path: string): void {
    this.kept.add(path);
  }

  /** Records why everything under `path` was not kept (the nearest recorded reason wins). */
  lose(path: string, reason: string, code: OrukLoss['code'] = 'not-imported'): void {
    this.lost.set(path, { code, reason });
  }

  /** Every scalar leaf of `source` not kept, with the most specific reason known. */
  report(source: unknown): OrukLoss[] {
    const out: OrukLoss[] = [];
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) {
        value.forEach((v, i) => {
          visit(v, `${path}[${i}]`);
        });
        return;
      }
      if (isObject(value)) {
        for (const [k, v] of Object.entries(value)) visit(v, path === '' ? k : `${path}.${k}`);
        return;
      }
      if (this.kept.has(path)) return;
      const scalar =
        typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
          ? value
          : null;
      out.push({ path, value: scalar, ...this.reasonOf(path) });
    };
    visit(source, '');
    return out;
  }

  private reasonOf(path: string): { code: OrukLoss['code']; reason: string } {
    for (let p = path; p !== ''; p = parentOf(p)) {
      const r = this.lost.get(p);
      if (r) return r;
    }
    return reasonFor(path);
  }
}

/** The path one step up: `a.b[2]` → `a.b`, `a.b` → `a`, `a` → ``. */
export function parentOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}
