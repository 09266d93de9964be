/**
 * Orders places by two keys read as unsigned 32-bit numbers, `major[i]` then `minor[i]` being
 * the keys of `places[i]`: a least significant digit radix sort, a byte at a time, carrying the
 * keys with the places (so no pass reads a key from far away), and skipping a byte that every
 * place has at zero. Linear in the places: a comparison sort of a million regions cost several
 * times the layout it was ordering.
 */
export function orderPlaces(places: Int32Array, major: Int32Array, minor: Int32Array): Int32Array {
  const n = places.length;
  let p: Int32Array = places.slice();
  let hi: Int32Array = major.slice();
  let lo: Int32Array = minor.slice();
  let p2: Int32Array = new Int32Array(n);
  let hi2: Int32Array = new Int32Array(n);
  let lo2: Int32Array = new Int32Array(n);
  const counts = new Int32Array(256);
  // Minor's bytes first, then major's: each pass is stable, so the last decides first.
  for (let pass = 0; pass < 8; pass += 1) {
    const shift = (pass & 3) * 8;
    const keys = pass < 4 ? lo : hi;
    counts.fill(0);
    for (let i = 0; i < n; i += 1) {
      const digit = ((keys[i] as number) >>> shift) & 0xff;
      counts[digit] = (counts[digit] as number) + 1;
    }
    if (counts[0] === n) continue;
    let at = 0;
    for (let d = 0; d < 256; d += 1) {
      const c = counts[d] as number;
      counts[d] = at;
      at += c;
    }
    for (let i = 0; i < n; i += 1) {
      const digit = ((keys[i] as number) >>> shift) & 0xff;
      const to = counts[digit] as number;
      counts[digit] = to + 1;
      p2[to] = p[i] as number;
      hi2[to] = hi[i] as number;
      lo2[to] = lo[i] as number;
    }
    [p, p2] = [p2, p];
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
  }
  return p;
}
