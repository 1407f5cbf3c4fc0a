import type { TeamPlan } from './gap/types.ts';

/** Format a level or gap for display: one decimal, or an em dash when withheld. */
export function fmtLevel(v: number | null): string {
  return v === null ? '—' : v.toFixed(1);
}

/** The data `/paths/[team]/` renders, with names resolved. */
export function pathView(plan: TeamPlan, names: { skill: (id: string) => string; kb: (slug: string) => string }) {
  // A step no skill chose is on the path only because a later course needs it first.
  const chosen = new Set(plan.skills.flatMap((s) => s.modules));
  return {
    team: plan.team,
    teamName: plan.teamName,
    cycle: plan.cycle,
    totalMinutes: plan.totalMinutes,
    steps: plan.steps.map((s, i) => ({
      n: i + 1,
      id: s.module,
      href: `/courses/${s.module}/`,
      title: s.title,
      minutes: s.minutes,
      skill: names.skill(s.reason.skill),
      skillId: s.reason.skill,
      current: fmtLevel(s.reason.current),
      target: s.reason.target,
      gap: fmtLevel(s.reason.gap),
      withheld: s.reason.current === null,
      prerequisiteOnly: !chosen.has(s.module),
    })),
    skills: plan.skills.map((s) => ({
      id: s.skill,
      name: names.skill(s.skill),
      current: fmtLevel(s.current),
      target: s.target,
      gap: fmtLevel(s.gap),
      kb: s.kb.map((slug) => ({ href: `/kb/${slug}/`, title: names.kb(slug) })),
    })),
    uncovered: plan.uncovered.map((u) => ({ id: u.skill, name: names.skill(u.skill), current: fmtLevel(u.current), target: u.target, gap: fmtLevel(u.gap) })),
  };
}
