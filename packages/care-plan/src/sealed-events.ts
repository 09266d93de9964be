import type { CarePlanEvent } from '@livewell/core';
import { deepFreeze } from './deep-freeze.js';

/** Events this package stamped (deep-frozen, so they are still what was stamped). */
const sealed = new WeakSet<object>();

/**
 * Deep-freezes an event this package built from parsed input and remembers it, so `replay`
 * does not parse it again (events from anywhere else are parsed as before).
 */
export function sealEvent<E extends CarePlanEvent>(event: E): E {
  sealed.add(deepFreeze(event));
  return event;
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
    for (const event of events) if (!sealed.has(event)) return undefined;
    return events;
  } catch {
    return undefined;
  }
}
