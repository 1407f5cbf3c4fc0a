// Each team's path as course links, for the pages that follow it in the browser
// (a course's "next", the home page's progress line). Read from the join's output.
import { loadJoinOutput } from './join-output-fs.ts';

type Step = { id: string; href: string; title: string };
let cached: Record<string, Step[]> | undefined;

/** Team id → its path's courses, in order; empty when the join has no plans. */
export function teamPaths(): Record<string, Step[]> {
  if (cached) return cached;
  const out: Record<string, Step[]> = {};
  for (const plan of loadJoinOutput().plans) out[plan.team] = plan.steps.map((s) => ({ id: s.module, href: `/courses/${s.module}/`, title: s.title }));
  return (cached = out);
}

/**
 * For one course page: team id → the course after it on that team's path, for
 * the teams whose path holds it and goes on. A page carries only these few links,
 * not every path (which would grow each page with the size of the catalog).
 */
export function nextOnPaths(course: string): Record<string, Step> {
  const out: Record<string, Step> = {};
  for (const [team, steps] of Object.entries(teamPaths())) {
    const at = steps.findIndex((s) => s.id === course);
    if (at >= 0 && at + 1 < steps.length) out[team] = steps[at + 1]!;
  }
  return out;
}
