/**
 * Rounds half away from zero to the places given by `factor = 10 ** decimals`, tolerant of
 * binary representation error. `roundTo` with the factor worked out once by the caller.
 */
export function roundToFactor(value: number, factor: number): number {
  const scaled = Math.floor(Math.abs(value) * factor + 0.5 + 1e-9) / factor;
  return value < 0 ? -scaled : scaled;
}
