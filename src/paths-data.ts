// Each team's path as course links, for the pages that follow it in the browser
// (a course's "next", the home page's progress line). Read from the join's output.
import { loadJoinOutput } from './join-output-fs.ts';

/** Team id → its path's courses, in order; empty when the join has no plans. */
export function teamPaths(): Record<string, Array<{ id: string; href: string; title: string }>> {
  const out: Record<string, Array<{ id: string; href: string; title: string }>> = {};
  for (const plan of loadJoinOutput().plans) out[plan.team] = plan.steps.map((s) => ({ id: s.module, href: `/courses/${s.module}/`, title: s.title }));
  return out;
}
