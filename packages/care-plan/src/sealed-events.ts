import type { CarePlanEvent } from '@livewell/core';
import { deepFreeze } from './deep-freeze.js';

/** A base class whose constructor returns its argument, so a subclass's fields land on it. */
class OnTheValue {
  constructor(value: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the point: `Seal` adds its field to `value`
    return value;
  }
}

/**
 * The mark of an event this package stamped: a private field added to the event itself before it
 * is frozen. Nothing outside this class can add it or see it (keys, JSON, `structuredClone` and
 * equality ignore it), and checking it reads the event, not a table of every stamped event.
 */
class Seal extends OnTheValue {
  readonly #stamped = true;
  /** True when `value` carries the mark. */
  static on(value: object): boolean {
    return #stamped in value;
  }
}

/**
 * Marks an event this package built from parsed input and deep-freezes it, so `replay` does not
 * parse it again (events from anywhere else are parsed as before).
 */
export function sealEvent<E extends CarePlanEvent>(event: E): E {
  if (!Seal.on(event) && !Object.isFrozen(event)) new Seal(event);
  return deepFreeze(event);
}

/**
 * The history itself when it is a list of events this package sealed; `undefined` when any
 * entry is not (or the list cannot be read), which sends it to the parser.
 */
export function sealedHistory(events: unknown): readonly CarePlanEvent[] | undefined {
  try {
    if (!Array.isArray(events) || Object.getPrototypeOf(events) !== Array.prototype) {
      return undefined;
    }
    for (const event of events) {
      if (typeof event !== 'object' || event === null || !Seal.on(event)) return undefined;
    }
    return events;
  } catch {
    return undefined;
  }
}
