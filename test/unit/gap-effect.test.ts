import { describe, expect, it } from 'vitest';
import { effectStats, t975 } from '../../src/lib/gap/effect.ts';

/** Σx and Σx² of a list of paired changes. */
const sums = (xs: number[]) => [xs.reduce((s, x) => s + x, 0), xs.reduce((s, x) => s + x * x, 0)] as const;
const stats = (xs: number[]) => effectStats(xs.length, ...sums(xs));

describe('t975', () => {
  // Exact quantiles from R's qt(0.975, df).
  it.each([
    [1, 12.706205],
    [4, 2.776445],
    [30, 2.04223],
    [31, 2.039513],
    [40, 2.021075],
    [60, 2.000298],
    [120, 1.97993],
    [1000, 1.962339],
  ])('df = %i → %f', (df, q) => expect(t975(df)).toBeCloseTo(q, 4));
  it('is undefined below 1 df', () => expect(t975(0)).toBeNaN());
});

describe('effectStats, worked examples', () => {
  it('four of five agents rose one level', () => {
    // mean 0.8; sd = sqrt(0.8 · 0.2 · 5 / 4) = 0.4472; half-width 2.7764 · 0.4472 / √5 = 0.5553;
    // d_z = 0.8 / 0.4472 = 1.7889, × J = 1 − 3/15 = 0.8 → 1.4311.
    const s = stats([1, 1, 1, 0, 1]);
    expect(s.mean).toBeCloseTo(0.8, 10);
    expect(s.sd).toBeCloseTo(0.4472, 4);
    expect(s.ciLow).toBeCloseTo(0.2447, 4);
    expect(s.ciHigh).toBeCloseTo(1.3553, 4);
    expect(s.dz).toBeCloseTo(1.4311, 4);
  });

  it('an even spread around 1 level', () => {
    // changes 0.5 … 1.5: sd = sqrt(0.625 / 4) = 0.3953; half 2.7764 · 0.3953 / √5 = 0.4908;
    // d_z = 2.5298 × 0.8 = 2.0239.
    const s = stats([0.5, 0.75, 1, 1.25, 1.5]);
    expect(s.ciLow).toBeCloseTo(0.5092, 4);
    expect(s.ciHigh).toBeCloseTo(1.4908, 4);
    expect(s.dz).toBeCloseTo(2.0239, 4);
  });

  it('no change on average: the interval straddles zero and d_z is 0', () => {
    const s = stats([1, -1, 1, -1, 1, -1]);
    expect(s.mean).toBe(0);
    expect(s.ciLow).toBeLessThan(0);
    expect(s.ciHigh).toBeGreaterThan(0);
    expect(s.dz).toBe(0);
  });

  it('has no effect size when the changes do not vary or n < 2', () => {
    expect(stats([1, 1, 1]).dz).toBeNull();
    expect(stats([2])).toMatchObject({ mean: 2, sd: 0, ciLow: 2, ciHigh: 2, dz: null });
  });

  it('does not go negative on rounding noise in Σx²', () => {
    const xs = Array.from({ length: 50 }, () => 0.1);
    expect(stats(xs).sd).toBeGreaterThanOrEqual(0);
  });
});
