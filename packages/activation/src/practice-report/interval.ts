const Z95 = 1.959964;
const r2 = (x: number): number => Math.round(x * 100) / 100;

/** A value with its 95% interval. */
export interface Interval {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
}

/** The mean with a normal-approximation 95% interval (mean ± 1.96·sd/√n); `null` when empty. */
export function meanInterval(values: readonly number[]): Interval | null {
  const n = values.length;
  if (n === 0) return null;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  const half = n > 1 ? (Z95 * sd) / Math.sqrt(n) : 0;
  return { estimate: r2(mean), lower: r2(mean - half), upper: r2(mean + half) };
}

/** A proportion (0–100%) with the Wilson score 95% interval; `null` when `n` is 0. */
export function proportionInterval(count: number, n: number): Interval | null {
  if (n <= 0) return null;
  const p = count / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return {
    estimate: r2(p * 100),
    lower: r2(Math.max(0, centre - half) * 100),
    upper: r2(Math.min(1, centre + half) * 100),
  };
}
