/** Rounds half away from zero to `decimals` places, tolerant of binary representation error. */
export function roundTo(value: number, decimals: number): number {
  return roundToFactor(value, 10 ** decimals);
}

/** `roundTo(value, decimals)` with `factor = 10 ** decimals` worked out once by the caller. */
export function roundToFactor(value: number, factor: number): number {
  const scaled = Math.floor(Math.abs(value) * factor + 0.5 + 1e-9) / factor;
  return value < 0 ? -scaled : scaled;
}

/** The smallest step between two reported scores with `decimals` places. */
export const stepOf = (decimals: number): number => 10 ** -decimals;

/** Whether two scores are equal to within floating error. */
export const sameScore = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
