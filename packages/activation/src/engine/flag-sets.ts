import type { RaisedFlag } from '@livewell/core';

/**
 * Returns the flags for a bitmask over `flags` (bit i = flags[i] raised). For up to 8 rules
 * every combination is precomputed and frozen, so scoring allocates nothing for flags.
 */
export function flagSets(flags: readonly RaisedFlag[]): (mask: number) => readonly RaisedFlag[] {
  const build = (mask: number) => Object.freeze(flags.filter((_, i) => (mask & (1 << i)) !== 0));
  if (flags.length > 8) return build;
  const table = Array.from({ length: 1 << flags.length }, (_, mask) => build(mask));
  return (mask) => table[mask] as readonly RaisedFlag[];
}
