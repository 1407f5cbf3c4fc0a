/** Edit distance between two short strings (Levenshtein). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest valid id to a mistyped one, or undefined when nothing is close. */
export function closest(value: unknown, valid: readonly string[], opts: { prefix?: boolean } = {}): string | undefined {
  if (typeof value !== 'string' || valid.length === 0) return undefined;
  const v = value.toLowerCase();
  // A prefix or containment match beats a distance match: "deescalation" vs "de-escalation".
  const squash = (s: string) => s.replace(/[^a-z0-9]/g, '');
  const exactish = valid.find((id) => squash(id) === squash(v));
  if (exactish) return exactish;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const id of [...valid].sort()) {
    const d = editDistance(v, id);
    if (d < bestScore) [best, bestScore] = [id, d];
  }
  const limit = Math.max(2, Math.ceil(v.length / 3));
  if (bestScore <= limit) return best;
  if (opts.prefix === false) return undefined;
  // Prefix matches only count for ids long enough to mean something ("/" is no hint).
  return [...valid].sort().find(
    (id) => Math.min(id.length, v.length) >= 3 && (id.startsWith(v) || v.startsWith(id) || id.includes(v)),
  );
}
