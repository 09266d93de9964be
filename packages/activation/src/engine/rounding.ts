import { roundToFactor } from './round-factor.js';

/** Rounds half away from zero to `decimals` places, tolerant of binary representation error. */
export function roundTo(value: number, decimals: number): number {
  return roundToFactor(value, 10 ** decimals);
}

/** The smallest step between two reported scores with `decimals` places. */
export const stepOf = (decimals: number): number => 10 ** -decimals;

/** Whether two scores are equal to within floating error. */
export const sameScore = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
