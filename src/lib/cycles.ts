/**
 * Assessment cycle labels and their order in time. A label is a quarter
 * (`2026-Q3`), a half (`2026-H2`) or a month (`2026-09`), or any label listed in
 * `settings.yaml` `cycles` (an explicit order for organisations with their own
 * calendar). Cycles are compared by the time they cover, never as strings.
 */

/** The months a cycle covers, as month numbers since year 0 (inclusive). */
export interface CycleSpan {
  start: number;
  end: number;
}

const PATTERN = /^(\d{4})-(?:Q([1-4])|H([12])|(0[1-9]|1[0-2]))$/;

/** A human description of the accepted labels, for error messages. */
export const CYCLE_FORMATS = 'a quarter (2026-Q3), a half (2026-H2) or a month (2026-09)';

/** The span of a standard label, or null when the label is not one. */
export function cycleSpan(label: string): CycleSpan | null {
  const m = PATTERN.exec(label);
  if (!m) return null;
  const year = Number(m[1]) * 12;
  if (m[2]) return { start: year + (Number(m[2]) - 1) * 3, end: year + Number(m[2]) * 3 - 1 };
  if (m[3]) return { start: year + (Number(m[3]) - 1) * 6, end: year + Number(m[3]) * 6 - 1 };
  const month = year + Number(m[4]) - 1;
  return { start: month, end: month };
}

/** Whether a label is valid: listed in the settings' order when there is one, else a standard label. */
export function isCycle(label: string, order: readonly string[] = []): boolean {
  return order.length > 0 ? order.includes(label) : cycleSpan(label) !== null;
}

/**
 * A comparator of cycle labels by time: by the settings' order when given, else by
 * start month, then end month (a quarter before the half that contains it ends),
 * then as strings for labels that are not cycles at all (which the importers reject).
 */
export function compareCycles(order: readonly string[] = []): (a: string, b: string) => number {
  if (order.length > 0) {
    const rank = new Map(order.map((c, i) => [c, i]));
    return (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
  }
  return (a, b) => {
    const x = cycleSpan(a);
    const y = cycleSpan(b);
    if (x && y) return x.start - y.start || x.end - y.end || (a < b ? -1 : a > b ? 1 : 0);
    if (x || y) return x ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

/** The quarter of an ISO date as a cycle label: 2026-05-14 → "2026-Q2". */
export function quarterOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}
