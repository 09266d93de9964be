import type { IndexedService } from './entry.js';

/**
 * The most recently used worked-out entries, by slot, up to a fixed number: the index keeps
 * services as columns and works an entry out only when a query needs the full matcher.
 */
export class EntryCache {
  private readonly entries = new Map<number, IndexedService>();

  constructor(private readonly limit: number) {}

  /** The entry of a slot, worked out by `make` when not held (and then held). */
  get(slot: number, make: () => IndexedService): IndexedService {
    const held = this.entries.get(slot);
    if (held !== undefined) {
      this.entries.delete(slot);
      this.entries.set(slot, held);
      return held;
    }
    const made = make();
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(slot, made);
    return made;
  }

  /** Forgets a slot's entry (its service or a location of it changed). */
  forget(slot: number): void {
    this.entries.delete(slot);
  }
}
