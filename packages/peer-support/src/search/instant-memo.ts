import { type IsoInstant, msToInstant } from '@livewell/core';

/** Instants kept before the memo starts afresh. */
const MAX_INSTANTS = 4096;
const instants = new Map<number, IsoInstant>();

/**
 * `msToInstant`, remembered: hits share a few hundred schedule patterns, so a page's session
 * starts and ends repeat from hit to hit and query to query, and writing an instant out costs far
 * more than looking it up.
 */
export function instantOf(ms: number): IsoInstant {
  const known = instants.get(ms);
  if (known !== undefined) return known;
  if (instants.size >= MAX_INSTANTS) instants.clear();
  const instant = msToInstant(ms);
  instants.set(ms, instant);
  return instant;
}
