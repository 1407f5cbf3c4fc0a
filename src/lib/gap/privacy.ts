import type { DistributionBucket } from '../schemas/report.ts';

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

/** A line (row or column) of the teams × skills table: cell indexes into a flat list. */
export interface TableLine {
  /** Indexes of the line's cells in the flat cell list. */
  cells: number[];
  /** Whether the line's total is published (and so must not give away a hidden cell). */
  published: boolean;
}

/**
 * Complementary suppression across the rows and columns of a table (rule 4).
 * `n` is each cell's group size (0 = empty, never counts), `hidden` the primary
 * suppression. Returns the final hidden flags, which cells were hidden as a
 * complement, and which line totals must be withheld.
 */
export function suppressTable(
  n: readonly number[],
  hidden: readonly boolean[],
  lines: readonly TableLine[],
): { hidden: boolean[]; complement: boolean[]; withheld: boolean[] } {
  const out = [...hidden];
  const complement = n.map(() => false);
  const withheld = lines.map((l) => !l.published);
  for (let changed = true; changed; ) {
    changed = false;
    lines.forEach((line, li) => {
      if (withheld[li]) return;
      const live = line.cells.filter((c) => n[c]! > 0);
      if (live.filter((c) => out[c]).length !== 1) return;
      let pick = -1;
      for (const c of live) if (!out[c] && (pick < 0 || n[c]! < n[pick]!)) pick = c;
      if (pick < 0) withheld[li] = true;
      else {
        out[pick] = true;
        complement[pick] = true;
      }
      changed = true;
    });
  }
  return { hidden: out, complement, withheld };
}

/** What a reader sees of one cell: n, buckets (null = hidden), the rounded mean and the exact count below target. */
export interface PublishedCell {
  n: number;
  target: number;
  buckets: ReadonlyArray<number | null>;
  /** Mean level rounded to 2 decimals, or null when withheld. */
  meanLevel: number | null;
  /** Agents below target (exact), or null when withheld. */
  belowTarget: number | null;
}

const HALF_CENT = 0.005 + 1e-9;

/** Whether bucket counts `c` agree with the published mean and share (each agent anywhere in its bucket). */
export function consistentWith(cell: PublishedCell, c: readonly number[]): boolean {
  const { n, target: T } = cell;
  const lo = (b: number) => Math.max(1, b - 0.5);
  const hi = (b: number) => Math.min(5, b + 0.5);
  const above = c.reduce((s, x, i) => (i + 1 > T ? s + x : s), 0);
  const inT = T >= 1 && T <= 5 ? c[T - 1]! : 0;
  for (let x = 0; x <= inT; x++) {
    const atTarget = above + x;
    if (cell.belowTarget !== null && n - atTarget !== cell.belowTarget) continue;
    if (cell.meanLevel === null) return true;
    let sumLo = 0;
    let sumHi = 0;
    c.forEach((count, i) => {
      if (i + 1 === T) return;
      sumLo += count * lo(i + 1);
      sumHi += count * hi(i + 1);
    });
    // In the target bucket, x agents are at or above T and the rest below it.
    sumLo += x * T + (inT - x) * lo(T);
    sumHi += x * hi(T) + (inT - x) * T;
    if (sumLo <= n * (cell.meanLevel + HALF_CENT) && sumHi >= n * (cell.meanLevel - HALF_CENT)) return true;
  }
  return false;
}

/**
 * Counts the distributions that agree with a published cell, stopping at `limit`
 * (2 answers "is it unique?"). Gives up after `budget` candidates and returns 0,
 * which callers treat as unsafe, so a huge cell can never stall the build.
 */
export function countConsistent(cell: PublishedCell, limit = 2, budget = 1_000_000): number {
  const hiddenAt = cell.buckets.flatMap((b, i) => (b === null ? [i] : []));
  const counts = cell.buckets.map((b) => b ?? 0);
  const rest = cell.n - counts.reduce((s, x) => s + x, 0);
  if (rest < 0) return 0;
  let found = 0;
  let tried = 0;
  const place = (j: number, left: number): boolean => {
    if (j === hiddenAt.length - 1 || hiddenAt.length === 0) {
      if (hiddenAt.length === 0 && left !== 0) return false;
      if (hiddenAt.length > 0) counts[hiddenAt[j]!] = left;
      tried++;
      if (consistentWith(cell, counts)) found++;
      return found >= limit || tried >= budget;
    }
    for (let v = 0; v <= left; v++) {
      counts[hiddenAt[j]!] = v;
      if (place(j + 1, left - v)) return true;
    }
    return false;
  };
  place(0, rest);
  return tried >= budget && found < limit ? 0 : found;
}

/** Whether the hidden buckets of a cell can be read back from its mean and share (rule 5). */
export function inferableBuckets(cell: PublishedCell): boolean {
  return cell.buckets.some((b) => b === null) && countConsistent(cell) < 2;
}
