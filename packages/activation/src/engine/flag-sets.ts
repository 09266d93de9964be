import type { RaisedFlag } from '@livewell/core';

/**
 * Returns the flags for a set of raised rules given as a number whose bit i is set when
 * `flags[i]` was raised (built with `mask += 2 ** i`, exact for the 50 rules a definition may
 * have). For up to 8 rules every combination is precomputed and frozen, so the common case
 * allocates nothing.
 */
export function flagSets(flags: readonly RaisedFlag[]): (mask: number) => readonly RaisedFlag[] {
  const build = (mask: number) =>
    Object.freeze(flags.filter((_, i) => Math.floor(mask / 2 ** i) % 2 === 1));
  if (flags.length > 8) return build;
  const table = Array.from({ length: 2 ** flags.length }, (_, mask) => build(mask));
  return (mask) => table[mask] as readonly RaisedFlag[];
}
