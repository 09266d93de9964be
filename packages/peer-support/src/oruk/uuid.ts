const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID in its 8-4-4-4-12 hex form (HSDS ids are UUIDs). */
export const isUuid = (value: string): boolean => UUID.test(value);

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A UUID derived from `seed` (the same seed always gives the same UUID): version 8
 * ("custom", RFC 9562) built from four FNV-1a hashes. For naming HSDS objects our model keeps
 * without ids (cost options, phones) and our records whose ids are not already UUIDs.
 */
export function stableUuid(seed: string): string {
  const hex = [0x811c9dc5, 0x01234567, 0x89abcdef, 0x13579bdf]
    .map((s) => fnv1a(seed, s).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The HSDS id for one of our ids: itself when already a UUID, else a stable derived UUID. */
export const hsdsId = (id: string): string => (isUuid(id) ? id.toLowerCase() : stableUuid(id));
