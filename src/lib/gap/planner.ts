import type { ContentEntry, ContentModel } from '../content-model.ts';
import type { ModuleData } from '../schemas/module.ts';
import { compareStrings, round2, type PlanningInput, type PlanningSkill } from './engine.ts';
import type { PlanStep, TeamPlan } from './types.ts';

/**
 * The path planner. Rules, in order:
 * - Skills: those whose mean gap in the latest cycle rounds to more than 0, by
 *   priority (mean gap × weight) descending, then skill id.
 * - Modules for a skill: published (not draft), teaching the skill with a band that overlaps
 *   the shortfall: `from < target` and `to > floorLevel`, where floorLevel is the
 *   floor of the team's mean level with each agent capped at target (so agents
 *   above target do not hide those below it). Every such module is chosen.
 *   `audience` is not a filter: it says who a module was written for, and a
 *   senior team weak in a basic skill still needs the basic module.
 * - Uncovered: a skill is uncovered when the chosen bands, chained from
 *   floorLevel, do not reach the target: no module at all, a hole in the middle,
 *   or nothing going high enough (e.g. only 1→3 for a target of 4). A partly
 *   covered skill keeps its modules and is also listed as uncovered, because the
 *   missing part is content L&D still has to write.
 * - Steps: the chosen modules plus every missing prerequisite (transitively),
 *   topologically sorted. Ties go to the best priority rank among the skills that
 *   need the module (directly, or through a module that depends on it), then the
 *   module id. Each module appears once.
 * - Privacy: the plan is made from the team's unsuppressed means even when
 *   n < k, because a list of modules reveals nothing about a person; `current`,
 *   `gap` and `priority` are then published as null.
 */

type Module = ContentEntry<ModuleData>;

/** Plans one team's learning path from the engine's planning input. */
export function planTeam(input: PlanningInput, model: ContentModel): TeamPlan {
  const { team } = input;
  const published = new Map<string, Module>();
  for (const m of model.modules) if (!m.data.draft) published.set(m.id, m);
  const byId = [...published.values()].sort((a, b) => compareStrings(a.id, b.id));

  const gapSkills = input.skills
    .filter((s) => round2(s.meanGap) > 0)
    .sort(
      (a, b) => b.meanGap * b.weight - a.meanGap * a.weight || compareStrings(a.skill, b.skill),
    );
  const rankOf = new Map(gapSkills.map((s, i) => [s.skill, i]));

  // Choose modules per skill, in priority order.
  const candidatesBySkill = new Map<string, Module[]>();
  const rank = new Map<string, number>();
  const reasonOf = new Map<string, PlanningSkill>();
  const uncoveredSkills: PlanningSkill[] = [];
  gapSkills.forEach((s, r) => {
    const bands: Array<{ id: string; from: number; to: number }> = [];
    for (const m of byId) {
      for (const t of m.data.skills) {
        if (t.skill === s.skill && t.from < s.target && t.to > s.floorLevel)
          bands.push({ id: m.id, ...t });
      }
    }
    candidatesBySkill.set(
      s.skill,
      bands.map((b) => published.get(b.id)!),
    );
    let reach = s.floorLevel;
    for (const b of [...bands].sort((a, b) => a.from - b.from || b.to - a.to)) {
      if (b.from > reach) break;
      if (b.to > reach) reach = b.to;
    }
    if (reach < s.target) uncoveredSkills.push(s);
    for (const b of bands) {
      if (!rank.has(b.id)) {
        rank.set(b.id, r);
        reasonOf.set(b.id, s);
      }
    }
  });

  // Pull in missing prerequisites; a prerequisite inherits the reason of the module that needs it.
  const queue = [...rank.keys()].sort(
    (a, b) => rank.get(a)! - rank.get(b)! || compareStrings(a, b),
  );
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const p of published.get(id)!.data.prerequisites) {
      if (!published.has(p) || rank.has(p)) continue;
      rank.set(p, rank.get(id)!);
      reasonOf.set(p, reasonOf.get(id)!);
      queue.push(p);
    }
  }
  // A prerequisite sorts with the most urgent module that needs it; relax until stable.
  for (let changed = true; changed;) {
    changed = false;
    for (const id of queue) {
      for (const p of published.get(id)!.data.prerequisites) {
        if (rank.has(p) && rank.get(p)! > rank.get(id)!) {
          rank.set(p, rank.get(id)!);
          changed = true;
        }
      }
    }
  }

  const order = topologicalOrder(queue, published, rank);
  const position = new Map(order.map((id, i) => [id, i]));
  const gapOf = (s: PlanningSkill) => ({
    skill: s.skill,
    current: s.suppressed ? null : round2(s.meanLevel),
    target: s.target,
    gap: s.suppressed ? null : round2(s.meanGap),
  });

  const steps: PlanStep[] = order.map((id) => {
    const m = published.get(id)!;
    return {
      module: id,
      title: m.data.title,
      minutes: m.data.duration,
      reason: gapOf(reasonOf.get(id)!),
      skills: [...new Set(m.data.skills.map((t) => t.skill).filter((s) => rankOf.has(s)))].sort(
        (a, b) => rankOf.get(a)! - rankOf.get(b)!,
      ),
      prerequisites: m.data.prerequisites.filter((p) => position.has(p)),
    };
  });

  return {
    team: team.id,
    teamName: team.name,
    role: team.role,
    cycle: input.cycle,
    skills: gapSkills.map((s) => ({
      ...gapOf(s),
      priority: s.suppressed ? null : round2(s.meanGap * s.weight),
      modules: [...new Set(candidatesBySkill.get(s.skill)!.map((m) => m.id))].sort(
        (a, b) => position.get(a)! - position.get(b)!,
      ),
      kb: model.kb
        .filter((a) => a.data.skills.includes(s.skill))
        .map((a) => a.id)
        .sort(compareStrings),
    })),
    steps,
    totalMinutes: steps.reduce((sum, s) => sum + s.minutes, 0),
    uncovered: uncoveredSkills.map(gapOf),
  };
}

/**
 * Kahn's algorithm; among ready modules the lowest (rank, id) goes first. A
 * prerequisite cycle (which check-content rejects) is broken at the lowest
 * remaining (rank, id) rather than looping or dropping modules.
 */
function topologicalOrder(
  ids: string[],
  modules: Map<string, Module>,
  rank: Map<string, number>,
): string[] {
  const inPlan = new Set(ids);
  const waitingOn = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const id of ids) {
    const prereqs = [...new Set(modules.get(id)!.data.prerequisites.filter((p) => inPlan.has(p)))];
    waitingOn.set(id, prereqs.length);
    for (const p of prereqs) {
      const list = dependents.get(p);
      if (list === undefined) dependents.set(p, [id]);
      else list.push(id);
    }
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
