import type { ContentEntry, ContentModel } from '../content-model.ts';
import type { ModuleData } from '../schemas/module.ts';
import type { Coverage, PlanSkill, PlanStep, StepReason, TeamPlan } from '../schemas/plan.ts';
import { compareStrings, round2 } from './context.ts';
import type { PlanningInput, PlanningSkill } from './engine.ts';

/**
 * The path planner. Rules, in order:
 * - Material gaps: a skill joins the path when its mean gap is at least
 *   `minGap`, or at least `minShareBelow` of the team's agents are below target.
 *   Other skills with any gap are listed apart as refreshers, with the same
 *   course choice but no steps.
 * - Order: priority (mean gap × weight) descending, then skill id.
 * - Courses for a skill: published, teaching the skill with `from < target` and
 *   `to > belowLevel`, the mean level of the agents below target. A course that
 *   ends at or below where the learners who need it already are is never chosen.
 *   `audience` is not a filter: a senior team weak in a basic skill still needs it.
 * - Coverage: from floor(belowLevel) to the target, the levels the chosen bands
 *   cover and the levels they miss. Missing levels of a material skill make it an
 *   uncovered gap (the content backlog), even when part of the way is covered.
 * - Done: a course for which more than half of the team's agents have a post
 *   result is shown as done with its measured change, and not counted in minutes.
 * - Steps: chosen courses plus missing prerequisites (transitively) that the
 *   team has not outgrown (a prerequisite whose bands all end at or below the
 *   team's published mean level is skipped; a withheld level never skips), sorted so
 *   prerequisites come first; ties by the best priority rank that needs the
 *   course, then id. Each course appears once.
 * - Role path: a team below k (or without data) gets its role's targets planned as
 *   for new starters (everyone at level 1), and no figure about its agents.
 */

type Module = ContentEntry<ModuleData>;

/** Materiality thresholds from `settings.yaml` (`paths`). */
export interface PathSettings {
  /** Smallest mean gap (levels) that puts a skill on the path. */
  minGap: number;
  /** Smallest share of agents below target (0–1) that puts a skill on the path. */
  minShareBelow: number;
}

/** Whether a skill's gap is material for the path. */
export function isMaterial(s: Pick<PlanningSkill, 'meanGap' | 'below' | 'n'>, paths: PathSettings): boolean {
  return s.meanGap >= paths.minGap || (s.n > 0 && s.below / s.n >= paths.minShareBelow);
}

/** Plans one team's learning path from the engine's planning input. */
export function planTeam(input: PlanningInput, model: ContentModel, paths: PathSettings): TeamPlan {
  const published = new Map<string, Module>();
  for (const m of [...model.modules].sort((a, b) => compareStrings(a.id, b.id))) if (!m.data.draft) published.set(m.id, m);
  const roleOnly = input.roleOnly;
  const all = (roleOnly ? roleSkills(input, model) : input.skills).filter((s) => s.below > 0);
  const byPriority = (a: PlanningSkill, b: PlanningSkill) =>
    b.meanGap * b.weight - a.meanGap * a.weight || compareStrings(a.skill, b.skill);
  const material = all.filter((s) => roleOnly || isMaterial(s, paths)).sort(byPriority);
  const refresh = all.filter((s) => !material.includes(s)).sort(byPriority);
  const chosen = new Map(all.map((s) => [s.skill, coursesFor(s, published)]));

  const rank = new Map<string, number>();
  const reasonOf = new Map<string, PlanningSkill>();
  material.forEach((s, r) => {
    for (const m of chosen.get(s.skill)!) {
      if (rank.has(m.id)) continue;
      rank.set(m.id, r);
      reasonOf.set(m.id, s);
    }
  });
  const direct = new Set(rank.keys());
  // Only published levels count: skipping a course must not reveal a withheld figure.
  const levelOf = new Map(input.skills.filter((x) => !x.suppressed).map((x) => [x.skill, x.meanLevel]));
  // A prerequisite the team has already outgrown (its bands end at or below the team's level) is not handed out.
  const outgrown = (m: Module) =>
    !roleOnly && m.data.skills.every((t) => (levelOf.get(t.skill) ?? 0) >= t.to);
  const order = withPrerequisites(rank, reasonOf, published, outgrown);
  const position = new Map(order.map((id, i) => [id, i]));
  const withheld = (s: PlanningSkill) => roleOnly || s.suppressed;
  const reason = (s: PlanningSkill): StepReason => ({
    skill: s.skill,
    target: s.target,
    current: withheld(s) ? null : round2(s.meanLevel),
    gap: withheld(s) ? null : round2(s.meanGap),
    belowTarget: withheld(s) ? null : s.below,
    n: withheld(s) ? null : s.n,
  });
  const rankOf = new Map(material.map((s, i) => [s.skill, i]));
  const steps = order.map((id): PlanStep => {
    const m = published.get(id)!;
    const done = !roleOnly && (input.postAgents.get(id) ?? 0) * 2 > input.agents;
    return {
      module: id,
      title: m.data.title,
      minutes: m.data.duration,
      reason: reason(reasonOf.get(id)!),
      skills: [...new Set(m.data.skills.map((t) => t.skill).filter((s) => rankOf.has(s)))].sort((a, b) => rankOf.get(a)! - rankOf.get(b)!),
      prerequisites: m.data.prerequisites.filter((p) => position.has(p)),
      prerequisiteOnly: !direct.has(id),
      status: done ? 'done' : 'todo',
      measuredChange: done ? (input.measured.get(id) ?? null) : null,
    };
  });
  const planSkill = (s: PlanningSkill): PlanSkill => ({
    ...reason(s),
    priority: withheld(s) ? null : round2(s.meanGap * s.weight),
    modules: chosen.get(s.skill)!.map((m) => m.id).sort((a, b) => (position.get(a) ?? 1e9) - (position.get(b) ?? 1e9) || compareStrings(a, b)),
    kb: model.kb.filter((a) => a.data.skills.includes(s.skill)).map((a) => a.id).sort(compareStrings),
    coverage: coverage(s, chosen.get(s.skill)!),
  });
  const skills = material.map(planSkill);
  return {
    team: input.team.id,
    teamName: input.team.name,
    role: input.team.role,
    basis: roleOnly ? 'role' : 'team',
    cycle: roleOnly ? null : input.cycle,
    skills,
    refreshers: refresh.map(planSkill),
    steps,
    totalMinutes: steps.filter((s) => s.status === 'todo').reduce((sum, s) => sum + s.minutes, 0),
    uncovered: skills.filter((s) => s.coverage.missing.length > 0).map(({ skill, target, current, gap, belowTarget, n, coverage }) => ({ skill, target, current, gap, belowTarget, n, coverage })),
  };
}

/** A new starter's view of the role: everyone at level 1 on every target. */
function roleSkills(input: PlanningInput, model: ContentModel): PlanningSkill[] {
  const role = model.roles.find((r) => r.id === input.team.role);
  return (role?.targets ?? []).map((t) => ({
    skill: t.skill,
    target: t.level,
    weight: t.weight,
    n: 0,
    meanLevel: 1,
    meanGap: t.level - 1,
    below: t.level > 1 ? 1 : 0,
    belowLevel: 1,
    suppressed: true,
  }));
}

/** Published courses whose band takes the learners below target further, in id order. */
function coursesFor(s: PlanningSkill, published: Map<string, Module>): Module[] {
  return [...published.values()].filter((m) =>
    m.data.skills.some((t) => t.skill === s.skill && t.from < s.target && t.to > s.belowLevel),
  );
}

/** Which levels between where the learners are and the target the chosen courses cover. */
export function coverage(s: Pick<PlanningSkill, 'skill' | 'belowLevel' | 'target'>, courses: readonly Module[]): Coverage {
  const start = Math.max(1, Math.floor(s.belowLevel));
  const covered = new Array<boolean>(6).fill(false); // covered[l]: the step from l to l + 1
  for (const m of courses)
    for (const t of m.data.skills) if (t.skill === s.skill) for (let l = t.from; l < t.to; l++) covered[l] = true;
  const bands = (want: boolean) => {
    const out: Array<{ from: number; to: number }> = [];
    for (let l = start; l < s.target; l++) {
      if (covered[l] !== want) continue;
      const last = out.at(-1);
      if (last && last.to === l) last.to = l + 1;
      else out.push({ from: l, to: l + 1 });
    }
    return out;
  };
  return { covered: bands(true), missing: bands(false) };
}

/** Adds missing prerequisites (they inherit the reason of the course that needs them) and sorts topologically. */
function withPrerequisites(
  rank: Map<string, number>,
  reasonOf: Map<string, PlanningSkill>,
  published: Map<string, Module>,
  outgrown: (m: Module) => boolean,
): string[] {
  const queue = [...rank.keys()].sort((a, b) => rank.get(a)! - rank.get(b)! || compareStrings(a, b));
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const p of published.get(id)!.data.prerequisites) {
      if (!published.has(p) || rank.has(p) || outgrown(published.get(p)!)) continue;
      rank.set(p, rank.get(id)!);
      reasonOf.set(p, reasonOf.get(id)!);
      queue.push(p);
    }
  }
  // A prerequisite sorts with the most urgent course that needs it; relax until stable.
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of queue)
      for (const p of published.get(id)!.data.prerequisites)
        if (rank.has(p) && rank.get(p)! > rank.get(id)!) {
          rank.set(p, rank.get(id)!);
          changed = true;
        }
  }
  return topologicalOrder(queue, published, rank);
}

/**
 * Kahn's algorithm; among ready courses the lowest (rank, id) goes first. A
 * prerequisite cycle (which the check rejects) is broken at the lowest remaining
 * (rank, id) rather than looping or dropping courses.
 */
function topologicalOrder(ids: string[], modules: Map<string, Module>, rank: Map<string, number>): string[] {
  const inPlan = new Set(ids);
  const waitingOn = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const id of ids) {
    const prereqs = [...new Set(modules.get(id)!.data.prerequisites.filter((p) => inPlan.has(p)))];
    waitingOn.set(id, prereqs.length);
    for (const p of prereqs) dependents.set(p, [...(dependents.get(p) ?? []), id]);
  }
  const before = (a: string, b: string) => rank.get(a)! - rank.get(b)! || compareStrings(a, b);
  const done = new Set<string>();
  const order: string[] = [];
  while (order.length < ids.length) {
    const remaining = ids.filter((id) => !done.has(id));
    const ready = remaining.filter((id) => waitingOn.get(id) === 0);
    const next = (ready.length > 0 ? ready : remaining).sort(before)[0]!;
    done.add(next);
    order.push(next);
    for (const d of dependents.get(next) ?? []) waitingOn.set(d, waitingOn.get(d)! - 1);
  }
  return order;
}
