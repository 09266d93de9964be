/** Mean, sample standard deviation, median and extremes of a list of scores. */
export interface Spread {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1); 0 for a single value. */
  readonly sd: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

const r2 = (x: number): number => Math.round(x * 100) / 100;

/** Summarises scores to two decimals; `null` for an empty list. */
export function spreadOf(values: readonly number[]): Spread | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / n;
  const ss = sorted.reduce((a, b) => a + (b - mean) ** 2, 0);
  const mid = Math.floor(n / 2);
  const median =
    n % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    n,
    mean: r2(mean),
    sd: n > 1 ? r2(Math.sqrt(ss / (n - 1))) : 0,
    median: r2(median),
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
  };
}

/** A rate ratio with a confidence interval. */
export interface RateRatio {
  readonly ratio: number;
  readonly lower: number;
  readonly upper: number;
  readonly confidence: number;
  /** (1 − ratio) × 100: "x% fewer" when positive. */
  readonly percentFewer: number;
}

/** Two-sided standard-normal quantiles for the supported confidence levels. */
const zFor: Readonly<Record<string, number>> = {
  '0.9': 1.6448536,
  '0.95': 1.959964,
  '0.99': 2.5758293,
};

/**
 * The ratio of two Poisson rates (events ÷ person-time) with a Wald interval on the log scale:
 * exp(ln RR ± z·√(1/a + 1/b)). `null` when either group has no events or no time.
 */
export function poissonRateRatio(
  eventsA: number,
  timeA: number,
  eventsB: number,
  timeB: number,
  confidence = 0.95,
): RateRatio | null {
  if (eventsA <= 0 || eventsB <= 0 || timeA <= 0 || timeB <= 0) return null;
  const z = zFor[String(confidence)] ?? 1.959964;
  const ratio = eventsA / timeA / (eventsB / timeB);
  const se = Math.sqrt(1 / eventsA + 1 / eventsB);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    ratio: r3(ratio),
    lower: r3(Math.exp(Math.log(ratio) - z * se)),
    upper: r3(Math.exp(Math.log(ratio) + z * se)),
    confidence: zFor[String(confidence)] ? confidence : 0.95,
    percentFewer: Math.round((1 - ratio) * 1000) / 10,
  };
}
