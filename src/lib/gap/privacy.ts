import type { DistributionBucket } from './report.ts';

/**
 * Statistical disclosure control for everything the engine publishes.
 *
 * Rules (mirrored in the README of the join and in the tests):
 * 1. Minimum group size. A figure computed over fewer than k agents is published
 *    as `null` with `suppressed: true`. Its `n` stays visible so a manager can see
 *    why it is hidden; `n` says how many agents were assessed, not how they scored.
 * 2. Distribution buckets are counts of agents, so each is a cell of its own: a
 *    bucket with 0 < count < k is suppressed (primary suppression). Zero is
 *    published: it describes nobody.
 * 3. Complementary suppression. The cell's n is the published total of its
 *    buckets, so a single suppressed bucket equals n − (sum of the others). When
 *    exactly one bucket is suppressed, the smallest other non-zero bucket is
 *    suppressed too (ties: the lower level). Two or more suppressed buckets then
 *    share one known sum, which has several solutions. A non-zero complement is
 *    chosen on purpose: hiding a published 0 would leave the sum to a single
 *    agent group and is easy to guess.
 * 4. No totals across teams are published (each report is one team), so no
 *    suppressed team figure can be recovered by subtracting from an all-teams
 *    total. Anyone adding an all-teams view must extend rule 3 across teams.
 * Known limit: the published mean level (2 decimals) and share at target are
 * further linear facts about the same agents. With integer-valued levels and only
 * two suppressed buckets they can narrow the hidden counts down; rule 3 guarantees
 * only that plain subtraction from the total does not recover them.
 */

/** Whether a figure over n agents must be hidden (n < k). */
export function isSuppressed(n: number, k: number): boolean {
  return n < k;
}

/** Publishes a value computed over n agents, or null when the group is too small. */
export function publish<T>(value: T, n: number, k: number): T | null {
  return isSuppressed(n, k) ? null : value;
}

/**
 * Level distribution (counts for levels 1–5) after primary and complementary
 * suppression; when the whole cell is suppressed (n < k) every bucket is hidden.
 */
export function suppressDistribution(counts: readonly number[], k: number): DistributionBucket[] {
  const total = counts.reduce((sum, c) => sum + c, 0);
  const hidden = counts.map((c) => isSuppressed(total, k) || (c > 0 && c < k));
  if (hidden.filter(Boolean).length === 1) {
    let complement = -1;
    counts.forEach((c, i) => {
      if (!hidden[i] && c > 0 && (complement < 0 || c < counts[complement]!)) complement = i;
    });
    // With n >= k and one bucket below k, another non-zero bucket always exists.
    if (complement >= 0) hidden[complement] = true;
  }
  return counts.map((c, i) => ({
    level: i + 1,
    count: hidden[i] ? null : c,
    suppressed: hidden[i] === true,
  }));
}
