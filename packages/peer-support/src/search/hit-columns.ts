import type { RecordId, Service } from '@livewell/core';
import { scheduleAt } from './entry.js';
import { dayOf } from './words-memo.js';

/** Flag: the service is free of charge. */
export const FREE = 1;
/** Flag: the service has a capacity (its places are in `places`). */
export const CAPACITY = 2;
/** Flag: the service was never verified. */
export const NEVER_VERIFIED = 4;
/** Flag: the columns cannot write this service's hit (write it from the record). */
export const FROM_RECORD = 8;

/**
 * Per slot, what a hit's reasons need from its service beyond the slot table's own columns:
 * whether it is free, its places, the day it was last verified and its one schedule's id — so
 * a page is written without reading the records (scattered across the heap) again. A service
 * these cannot describe (several schedules, places that are not a small whole number, a term
 * shown in its own words: see `SlotTable`) is flagged {@link FROM_RECORD}.
 */
export class HitColumns {
  flags = new Uint8Array(1024);
  places = new Int32Array(1024);
  /** The epoch day of `lastVerified` (unset for a service never verified). */
  verified = new Int32Array(1024);
  /** The id of the service's one schedule (as `scheduleAt(service, 0)`). */
  readonly scheduleIds: (RecordId | undefined)[] = [];

  /** Makes room for `slots` slots. */
  ensure(slots: number): void {
    if (slots <= this.flags.length) return;
    const size = Math.max(slots, this.flags.length * 2);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.flags = flags;
    const places = new Int32Array(size);
    places.set(this.places);
    this.places = places;
    const verified = new Int32Array(size);
    verified.set(this.verified);
    this.verified = verified;
  }

  /** Writes a slot's columns (`ownWords`: some term of it is shown in words of its own). */
  set(slot: number, service: Service, shapes: number, ownWords: boolean): void {
    this.ensure(slot + 1);
    let flags = 0;
    if (service.cost.kind === 'free') flags |= FREE;
    const capacity = service.capacity;
    if (capacity !== undefined) {
      flags |= CAPACITY;
      const available = capacity.available;
      if ((available | 0) === available && !Object.is(available, -0)) {
        this.places[slot] = available;
      } else flags |= FROM_RECORD;
    }
    if (service.lastVerified === undefined) flags |= NEVER_VERIFIED;
    else {
      const day = dayOf(service.lastVerified);
      if ((day | 0) === day) this.verified[slot] = day;
      else flags |= FROM_RECORD;
    }
    if (shapes > 1 || ownWords) flags |= FROM_RECORD;
    this.flags[slot] = flags;
    this.scheduleIds[slot] = shapes === 1 ? (scheduleAt(service, 0)?.id ?? service.id) : undefined;
  }

  /** Forgets a slot's record-held parts. */
  clear(slot: number): void {
    this.flags[slot] = FROM_RECORD;
    this.scheduleIds[slot] = undefined;
  }
}
