/**
 * The frozen list of the ids whose bits are set in a mask, in item order. Lists are kept per mask
 * (an array for instruments up to 12 items, where every mask fits; otherwise up to 4,096 masks).
 */
export function idsByMask(ids: readonly string[]): (mask: number) => readonly string[] {
  const build = (mask: number) => Object.freeze(ids.filter((_, i) => (mask & (1 << i)) !== 0));
  if (ids.length <= 12) {
    const lists: (readonly string[] | undefined)[] = Array.from({ length: 1 << ids.length });
    return (mask) => {
      const known = lists[mask];
      if (known !== undefined) return known;
      const built = build(mask);
      lists[mask] = built;
      return built;
    };
  }
  const byMask = new Map<number, readonly string[]>();
  return (mask) => {
    const known = byMask.get(mask);
    if (known !== undefined) return known;
    const built = build(mask);
    if (byMask.size < 4096) byMask.set(mask, built);
    return built;
  };
}
