/**
 * "Did it work?": statistics of paired post − pre changes. Pure maths, no I/O.
 * The confidence interval uses Student's t with n − 1 degrees of freedom; the
 * effect size is d_z (mean change / sd of the changes) with Hedges' small-sample
 * correction J = 1 − 3 / (4(n − 1) − 1).
 */

/** Two-sided 95% t quantiles (0.975) for 1–30 degrees of freedom (standard tables). */
const T975 = [
  12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139,
  2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
  2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.045230, 2.042272,
];

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom. A table up to 30
 * df; above it the Cornish–Fisher expansion around the normal quantile, which is
 * within 1e-5 of the exact value there (no statistics package is needed for one number).
 */
export function t975(df: number): number {
  if (!(df >= 1)) return Number.NaN;
  if (df <= 30) return T975[Math.floor(df) - 1]!;
  const z = 1.959963985;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3);
}

/** Summary of n paired changes given their sum and sum of squares. */
export interface EffectStats {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1); 0 when n < 2. */
  sd: number;
  ciLow: number;
  ciHigh: number;
  /** Hedges-corrected d_z; null when the changes do not vary (sd = 0) or n < 2. */
  dz: number | null;
}

/** Mean, sd, 95% CI and Hedges-corrected d_z of paired changes, from n, Σx and Σx². */
export function effectStats(n: number, sum: number, sumSq: number): EffectStats {
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: 0, ciLow: mean, ciHigh: mean, dz: null };
  const variance = Math.max(0, (sumSq - (sum * sum) / n) / (n - 1));
  const sd = Math.sqrt(variance);
  const half = (t975(n - 1) * sd) / Math.sqrt(n);
  const j = 1 - 3 / (4 * (n - 1) - 1);
  return { n, mean, sd, ciLow: mean - half, ciHigh: mean + half, dz: sd > 1e-12 ? (mean / sd) * j : null };
}
