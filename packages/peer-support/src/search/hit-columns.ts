import type { RecordId, Service } from '@livewell/core';
import { scheduleAt } from './entry.js';
import { dayOf } from './words-memo.js';

/** Numbers per slot in {@link HitColumns.numbers}. */
export const STRIDE = 4;
/** Offset of the flags. */
export const H_FLAGS = 0;
/** Offset of the places available (with {@link CAPACITY}). */
export const H_PLACES = 1;
/** Offset of the epoch day of `lastVerified` (without {@link NEVER_VERIFIED}). */
export const H_VERIFIED = 2;
/** Offset of the one schedule's shape (as the slot table's `shape` column). */
export const H_SHAPE = 3;

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
  /** Per slot, {@link STRIDE} numbers side by side (one read per hit): flags, places, day verified, shape. */
  numbers = new Int32Array(1024 * STRIDE);
  /** The id of the service's one schedule (as `scheduleAt(service, 0)`). */
  readonly scheduleIds: (RecordId | undefined)[] = [];

  /** Makes room for `slots` slots. */
  ensure(slots: number): void {
    if (slots * STRIDE <= this.numbers.length) return;
    const numbers = new Int32Array(Math.max(slots * STRIDE, this.numbers.length * 2));
    numbers.set(this.numbers);
    this.numbers = numbers;
  }

  /**
   * Writes a slot's columns (`shapes`: its schedules' shapes; `ownWords`: some term of it is
   * shown in words of its own).
   */
  set(slot: number, service: Service, shapes: readonly number[], ownWords: boolean): void {
    this.ensure(slot + 1);
    this.numbers[slot * STRIDE + H_SHAPE] = shapes.length === 1 ? (shapes[0] as number) : -1;
    let flags = 0;
    if (service.cost.kind === 'free') flags |= FREE;
    const capacity = service.capacity;
    if (capacity !== undefined) {
      flags |= CAPACITY;
      const available = capacity.available;
      if ((available | 0) === available && !Object.is(available, -0)) {
        this.numbers[slot * STRIDE + H_PLACES] = available;
      } else flags |= FROM_RECORD;
    }
    if (service.lastVerified === undefined) flags |= NEVER_VERIFIED;
    else {
      const day = dayOf(service.lastVerified);
      if ((day | 0) === day) this.numbers[slot * STRIDE + H_VERIFIED] = day;
      else flags |= FROM_RECORD;
    }
    if (shapes.length > 1 || ownWords) flags |= FROM_RECORD;
    this.numbers[slot * STRIDE + H_FLAGS] = flags;
    this.scheduleIds[slot] =
      shapes.length === 1 ? (scheduleAt(service, 0)?.id ?? service.id) : undefined;
  }

  /** Forgets a slot's record-held parts. */
  clear(slot: number): void {
    this.numbers[slot * STRIDE + H_FLAGS] = FROM_RECORD;
    this.scheduleIds[slot] = undefined;
  }
}
