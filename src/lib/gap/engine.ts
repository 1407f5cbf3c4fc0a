import type { ContentModel } from '../content-model.ts';
import type { TeamReport } from '../schemas/report.ts';
import type { Team } from '../schemas/teams.ts';
import { GapAccumulator } from './accumulate.ts';
import { MICRO, compareStrings, engineContext, type EngineContext, type EngineSettings } from './context.ts';
import { foldCycles, type RawCycle } from './fold.ts';
import { overviewFigures, type OverviewFigures } from './overview.ts';
import { isSuppressed } from './privacy.ts';
import { publishEffect, publishTeam } from './publish.ts';
import { trainingByTeam, type TeamTraining } from './training.ts';
import type { Observation } from './types.ts';

export { compareStrings, round2, type EngineSettings } from './context.ts';

/**
 * The gap engine: observations in (streamed, never stored), per-team reports and
 * the overview out. Steps: accumulate (accumulate.ts), fold agents into cells
 * (fold.ts), training effects (training.ts), suppress across the organisation
 * (overview.ts, privacy.ts), publish (publish.ts), and the planner's input.
 *
 * Determinism: levels are integer millionths, every sum is a sum of integers, and
 * output is sorted by stable keys, so the result does not depend on input order.
 * Scope: records for a team not in teams.yaml, or a skill the team's role has no
 * target for, are ignored (the importers reject unknown ids first, with reasons).
 * An agent is keyed by (team, cycle, agent), so one who moved teams counts in each.
 */

/** One skill of a team in the latest cycle, unrounded and unsuppressed: planner input only, never published. */
export interface PlanningSkill {
  skill: string;
  target: number;
  weight: number;
  /** Agents with a current level for the skill. */
  n: number;
  meanLevel: number;
  meanGap: number;
  /** Agents below target. */
  below: number;
  /** Mean level of the agents below target (the target when nobody is below): where the learners who need a course are. */
  belowLevel: number;
  /** True when the published cell is hidden: the planner may use the figures but must not publish them. */
  suppressed: boolean;
}

/** What the planner needs about one team. */
export interface PlanningInput {
  team: Team;
  /** Latest cycle with data, or null. */
  cycle: string | null;
  /** Agents in the latest cycle. */
  agents: number;
  /** True when the team is below k (or has no data): it gets its role's path. */
  roleOnly: boolean;
  /** Skills the role targets that have data in the latest cycle. */
  skills: PlanningSkill[];
  /** Agents with a post result, per module id. */
  postAgents: Map<string, number>;
  /** Published mean post − pre change per module (over its skills), or null when suppressed. */
  measured: Map<string, number | null>;
}

/** Everything the engine computes. */
export interface EngineOutput {
  reports: TeamReport[];
  overview: OverviewFigures;
  planning: PlanningInput[];
  /** Newest accepted result date, or null. */
  asOf: string | null;
}

/** Computes every team's report, the overview figures and the planner's unpublished input. */
export function computeReports(
  observations: Iterable<Observation>,
  model: ContentModel,
  settings: EngineSettings,
  pseudonymise: (agentId: string) => string,
): EngineOutput {
  const ctx = engineContext(model, settings);
  const acc = new GapAccumulator(ctx);
  for (const o of observations) acc.add(o);
  return reportsFrom(acc, model, pseudonymise);
}

/** Steps 2–5 once every observation is in. */
export function reportsFrom(acc: GapAccumulator, model: ContentModel, pseudonymise: (agentId: string) => string): EngineOutput {
  const { ctx } = acc;
  const byTeam = cyclesByTeam(foldCycles(acc, pseudonymise), ctx);
  const training = trainingByTeam(acc);
  const teams = [...model.teams].sort((a, b) => compareStrings(a.id, b.id));
  const overview = overviewFigures(
    teams.map((t) => ({ team: t.id, teamName: t.name, role: t.role, raw: byTeam.get(t.id)?.at(-1) })),
    ctx,
  );
  const reports = teams.map((t) =>
    publishTeam(ctx.teams.get(t.id)!, byTeam.get(t.id) ?? [], training.get(t.id)?.effects ?? [], ctx, (ki) => overview.hideOf(t.id, ki)),
  );
  const planning = teams.map((t) => planningInput(t, byTeam.get(t.id)?.at(-1), training.get(t.id), overview, ctx));
  return { reports, overview, planning, asOf: acc.asOf };
}

/** Raw cycles grouped by team, oldest first. */
function cyclesByTeam(cycles: Map<string, RawCycle>, ctx: EngineContext): Map<string, RawCycle[]> {
  const byTeam = new Map<string, RawCycle[]>();
  for (const raw of cycles.values()) {
    const list = byTeam.get(raw.team);
    if (list === undefined) byTeam.set(raw.team, [raw]);
    else list.push(raw);
  }
  for (const list of byTeam.values()) list.sort((a, b) => ctx.compareCycles(a.cycle, b.cycle));
  return byTeam;
}

/** The planner's view of one team's latest cycle. */
function planningInput(
  team: Team,
  latest: RawCycle | undefined,
  training: TeamTraining | undefined,
  overview: OverviewFigures,
  ctx: EngineContext,
): PlanningInput {
  const info = ctx.teams.get(team.id)!;
  const agents = latest?.agents ?? 0;
  const skills = (latest?.cells ?? [])
    .filter((c) => c.n > 0)
    .map((c): PlanningSkill => {
      const below = c.n - c.atTarget;
      const target = info.targets[c.ki]!;
      return {
        skill: ctx.skillIds[c.ki]!,
        target,
        weight: info.weights[c.ki]!,
        n: c.n,
        meanLevel: c.sumLevel / c.n / MICRO,
        meanGap: c.sumGap / c.n / MICRO,
        below,
        belowLevel: below > 0 ? c.sumBelow / below / MICRO : target,
        suppressed: overview.hideOf(team.id, c.ki) !== null || isSuppressed(c.n, ctx.k),
      };
    });
  return {
    team,
    cycle: latest?.cycle ?? null,
    agents,
    roleOnly: isSuppressed(agents, ctx.k),
    skills,
    postAgents: training?.postAgents ?? new Map(),
    measured: measuredByModule(training, ctx.k),
  };
}

/** Mean published change per module, weighted by n over its skills; null when any part is suppressed. */
function measuredByModule(training: TeamTraining | undefined, k: number): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const parts = new Map<string, Array<{ n: number; mean: number | null }>>();
  for (const e of training?.effects ?? []) {
    const p = publishEffect(e, k);
    const list = parts.get(e.module) ?? [];
    list.push({ n: e.n, mean: p.meanChange });
    parts.set(e.module, list);
  }
  for (const [module, list] of parts) {
    if (list.some((x) => x.mean === null)) out.set(module, null);
    else {
      const n = list.reduce((s, x) => s + x.n, 0);
      out.set(module, Math.round((list.reduce((s, x) => s + x.n * x.mean!, 0) / n) * 100) / 100);
    }
  }
  return out;
}

