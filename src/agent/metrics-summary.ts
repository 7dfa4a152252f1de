/**
 * The running summary of the per-turn metrics: median and 95th percentile of each timing over the
 * turns kept, counts of interruptions, and token totals.
 */

/** The distribution of one measure over the turns that have it. */
export interface MetricStats {
  /** How many turns have the measure. */
  count: number;
  /** The middle value (the mean of the two middle ones for an even count); undefined without values. */
  median?: number;
  /** The 95th percentile, by nearest rank: the smallest value at least 95 % of the values are at or below. */
  p95?: number;
}

/** The median and p95 of `values` (in any order). */
export function metricStats(values: readonly number[]): MetricStats {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { count: 0 };
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const p95 = sorted[Math.max(0, Math.ceil(0.95 * n) - 1)];
  return { count: n, median, p95 };
}
