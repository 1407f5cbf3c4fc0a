import type { ContentModel } from '../content-model.ts';
import type { Team } from '../schemas/teams.ts';
import { isSuppressed, publish, suppressDistribution } from './privacy.ts';
import type { AgentRow, CycleReport, SkillCell, TeamReport, TrainingEffect } from './report.ts';
import { sources, type Observation, type Source } from './types.ts';

export type { TeamReport } from './report.ts';

/**
 * The gap engine: observations in, per-team reports out, in one linear pass.
 *
 * Determinism: every level is turned into an integer number of millionths
 * ("micro-levels") on the way in, and every sum is a sum of integers, which is
 * exact in a double up to 2^53. So the result does not depend on the order of the
 * observations (floating-point sums would, in the last bits, and that can flip a
 * rounding). Output is sorted by stable keys and rounded to 2 decimals at the end.
 *
 * Scope: records for a team not in teams.yaml, or a skill the team's role has no
 * target for, are skipped (the importers reject unknown ids first, with reasons).
 * An agent is keyed by (team, cycle, agent), so one who moved teams counts in each.
 * Pre/post pairs are matched per (team, agent, module, skill) across cycles.
 */

/** Settings the engine reads (a subset of settings.yaml). */
export interface EngineSettings {
  /** Weight per source; 0 or missing means the source does not count toward the current level. */
  weights: Partial<Record<Source, number>>;
  /** Minimum group size for publishing an aggregate. */
  k: number;
  /** Whether to publish per-agent rows under pseudonymous ids. */
  individualRows: boolean;
}

/** One skill of a team in the latest cycle, unrounded and unsuppressed: planner input only, never published. */
export interface PlanningSkill {
  skill: string;
  target: number;
  weight: number;
  /** Agents with a current level for the skill. */
  n: number;
  meanLevel: number;
  meanGap: number;
  /** True when n < k: the planner may use the figures but must not publish them. */
  suppressed: boolean;
  /**
   * floor(mean of min(current, target)): where the team's shortfall starts. Agents
   * above target do not pull it up, so a module for those below is still found.
   */
  floorLevel: number;
}

/** What the planner needs about one team. */
export interface PlanningInput {
  team: Team;
  /** Latest cycle with data, or null. */
  cycle: string | null;
  /** Skills the role targets that have data in the latest cycle, by skill id. */
  skills: PlanningSkill[];
}

const MICRO = 1_000_000;
const SEP = '\u0001';

/** Compares strings by code unit, independent of the locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rounds to 2 decimals for output. */
export function round2(x: number): number {
  const r = Math.round(x * 100) / 100;
  return r === 0 ? 0 : r; // no -0 in JSON snapshots
}

/** Level 1–5 that a micro-level rounds to (half up). */
function bucketOf(micro: number): number {
  const level = Math.floor((micro + MICRO / 2) / MICRO);
  return level < 1 ? 1 : level > 5 ? 5 : level;
}

/** A Float64Array that doubles when full. */
function grow(array: Float64Array<ArrayBuffer>, needed: number): Float64Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  let size = array.length || 1024;
  while (size < needed) size *= 2;
  const bigger = new Float64Array(size);
  bigger.set(array);
  return bigger;
}

interface TeamInfo {
  team: Team;
  /** Target level per skill index, 0 when the role has no target for the skill. */
  targets: Float64Array;
  weights: Float64Array;
  /** Skill indexes with a target, in skill-id order. */
  targeted: number[];
}

/** Per team and cycle: accumulators per skill index. */
interface CycleAcc {
  team: string;
  cycle: string;
  agents: number;
  n: Float64Array;
  sumLevel: Float64Array;
  sumGap: Float64Array;
  atTarget: Float64Array;
  /** 5 buckets per skill index. */
  dist: Float64Array;
  rows: Array<{ agent: string; row: AgentRow }>;
}

/** Computes every team's report plus the planner's unpublished input. */
export function computeReports(
  observations: readonly Observation[],
  model: ContentModel,
  settings: EngineSettings,
  pseudonymise: (agentId: string) => string,
): { reports: TeamReport[]; planning: PlanningInput[] } {
  const k = Math.max(1, Math.floor(settings.k));

  // Sources that count toward the current level, in the fixed order of `sources`.
  const counted = sources.filter((s) => (settings.weights[s] ?? 0) > 0);
  const sourceIndex = new Map<string, number>(counted.map((s, i) => [s, i]));
  const sourceWeight = counted.map((s) => settings.weights[s] ?? 0);
  const NS = counted.length;

  // Only skills some team's role targets matter; index them in id order.
  const rolesById = new Map(model.roles.map((r) => [r.id, r]));
  const skillIds = [
    ...new Set(
      model.teams.flatMap((t) => rolesById.get(t.role)?.targets.map((x) => x.skill) ?? []),
    ),
  ].sort(compareStrings);
  const skillIndex = new Map(skillIds.map((s, i) => [s, i]));
  const S = skillIds.length;

  const teams = new Map<string, TeamInfo>();
  for (const team of model.teams) {
    const targets = new Float64Array(S);
    const weights = new Float64Array(S);
    for (const t of rolesById.get(team.role)?.targets ?? []) {
      const i = skillIndex.get(t.skill)!;
      targets[i] = t.level;
      weights[i] = t.weight;
    }
    const targeted = skillIds.map((_, i) => i).filter((i) => targets[i]! > 0);
    teams.set(team.id, { team, targets, weights, targeted });
  }

  // Pass 1: sum and count micro-levels per (team, cycle, agent) slot, skill and source.
  const slots = new Map<string, number>();
  const slotTeam: string[] = [];
  const slotCycle: string[] = [];
  const slotAgent: string[] = [];
  let sums = new Float64Array(0);
  let counts = new Float64Array(0);
  // Pre/post per (team, agent, module, skill): [preSum, preCount, postSum, postCount].
  const prePost = new Map<string, number[]>();

  let lastTeam = '';
  let lastCycle = '';
  let lastAgent = '';
  let lastSlot = -1;
  for (const o of observations) {
    const info = teams.get(o.team);
    if (info === undefined || !Number.isFinite(o.level)) continue;
    const level = o.level < 1 ? 1 : o.level > 5 ? 5 : o.level;
    const micro = Math.round(level * MICRO);

    if ((o.source === 'pre' || o.source === 'post') && o.module !== undefined) {
      const key = o.team + SEP + o.agent + SEP + o.module + SEP + o.skill;
      let acc = prePost.get(key);
      if (acc === undefined) prePost.set(key, (acc = [0, 0, 0, 0]));
      const at = o.source === 'pre' ? 0 : 2;
      acc[at]! += micro;
      acc[at + 1]! += 1;
    }

    const si = sourceIndex.get(o.source);
    const ki = skillIndex.get(o.skill);
    if (si === undefined || ki === undefined || info.targets[ki] === 0) continue;

    // Exports are usually grouped by agent, so the last slot is a cheap cache.
    let slot = lastSlot;
    if (o.agent !== lastAgent || o.cycle !== lastCycle || o.team !== lastTeam) {
      const key = o.team + SEP + o.cycle + SEP + o.agent;
      const found = slots.get(key);
      if (found === undefined) {
        slot = slotTeam.length;
        slots.set(key, slot);
        slotTeam.push(o.team);
        slotCycle.push(o.cycle);
        slotAgent.push(o.agent);
        sums = grow(sums, (slot + 1) * S * NS);
        counts = grow(counts, (slot + 1) * S * NS);
      } else slot = found;
      lastTeam = o.team;
      lastCycle = o.cycle;
      lastAgent = o.agent;
      lastSlot = slot;
    }
    const cell = (slot * S + ki) * NS + si;
    sums[cell]! += micro;
    counts[cell]! += 1;
  }

  // Pass 2: current level per slot and skill, folded into team-cycle accumulators.
  const cycles = new Map<string, CycleAcc>();
  for (let slot = 0; slot < slotTeam.length; slot++) {
    const team = slotTeam[slot]!;
    const cycle = slotCycle[slot]!;
    const info = teams.get(team)!;
    const tcKey = team + SEP + cycle;
    let acc = cycles.get(tcKey);
    if (acc === undefined) {
      acc = {
        team,
        cycle,
        agents: 0,
        n: new Float64Array(S),
        sumLevel: new Float64Array(S),
        sumGap: new Float64Array(S),
        atTarget: new Float64Array(S),
        dist: new Float64Array(S * 5),
        rows: [],
      };
      cycles.set(tcKey, acc);
    }
    let row: AgentRow | undefined;
    let hasLevel = false;
    for (const ki of info.targeted) {
      const base = (slot * S + ki) * NS;
      let weighted = 0;
      let weightSum = 0;
      let confidence = 0;
      for (let si = 0; si < NS; si++) {
        const c = counts[base + si]!;
        if (c === 0) continue;
        weighted += sourceWeight[si]! * (sums[base + si]! / c);
        weightSum += sourceWeight[si]!;
        confidence++;
      }
      if (confidence === 0) continue;
      hasLevel = true;
      const current = Math.round(weighted / weightSum);
      const target = info.targets[ki]! * MICRO;
      const gap = current < target ? target - current : 0;
      acc.n[ki]! += 1;
      acc.sumLevel[ki]! += current;
      acc.sumGap[ki]! += gap;
      if (current >= target) acc.atTarget[ki]! += 1;
      acc.dist[ki * 5 + bucketOf(current) - 1]! += 1;
      if (settings.individualRows) {
        if (row === undefined) row = { id: pseudonymise(slotAgent[slot]!), skills: [] };
        row.skills.push({
          skill: skillIds[ki]!,
          level: round2(current / MICRO),
          gap: round2(gap / MICRO),
          confidence,
        });
      }
    }
    if (hasLevel) acc.agents += 1;
    if (row !== undefined) acc.rows.push({ agent: slotAgent[slot]!, row });
  }

  // Training effect: per agent post mean − pre mean, summed per (team, module, skill).
  const effects = new Map<string, { module: string; skill: string; n: number; sum: number }>();
  for (const [key, [preSum, preCount, postSum, postCount]] of prePost as Map<
    string,
    [number, number, number, number]
  >) {
    if (preCount === 0 || postCount === 0) continue;
    const [team, , module, skill] = key.split(SEP) as [string, string, string, string];
    const change = Math.round(postSum / postCount - preSum / preCount);
    const effectKey = team + SEP + module + SEP + skill;
    let e = effects.get(effectKey);
    if (e === undefined) effects.set(effectKey, (e = { module, skill, n: 0, sum: 0 }));
    e.n += 1;
    e.sum += change;
  }

  // Output, per team in id order.
  const byTeam = new Map<string, CycleAcc[]>();
  for (const acc of cycles.values()) {
    const list = byTeam.get(acc.team);
    if (list === undefined) byTeam.set(acc.team, [acc]);
    else list.push(acc);
  }
  const reports: TeamReport[] = [];
  const planning: PlanningInput[] = [];
  for (const team of [...model.teams].sort((a, b) => compareStrings(a.id, b.id))) {
    const info = teams.get(team.id)!;
    const accs = (byTeam.get(team.id) ?? []).sort((a, b) => compareStrings(a.cycle, b.cycle));
    const cycleReports: CycleReport[] = accs.map((acc) => {
      const skills = info.targeted.map((ki) => skillCell(acc, info, ki, skillIds[ki]!, k));
      const report: CycleReport = {
        cycle: acc.cycle,
        n: acc.agents,
        suppressed: isSuppressed(acc.agents, k),
        skills,
      };
      if (settings.individualRows) {
        report.agents = isSuppressed(acc.agents, k)
          ? []
          : acc.rows
              .sort(
                (a, b) => compareStrings(a.row.id, b.row.id) || compareStrings(a.agent, b.agent),
              )
              .map((r) => r.row);
      }
      return report;
    });
    const trend = info.targeted.map((ki, j) => ({
      skill: skillIds[ki]!,
      points: cycleReports.map((c) => {
        const cell = c.skills[j]!;
        return {
          cycle: c.cycle,
          meanLevel: cell.meanLevel,
          n: cell.n,
          suppressed: cell.suppressed,
        };
      }),
    }));
    const trainingEffect: TrainingEffect[] = [...effects.entries()]
      .filter(([key]) => key.startsWith(team.id + SEP))
      .map(([, e]) => ({
        module: e.module,
        skill: e.skill,
        meanChange: publish(round2(e.sum / e.n / MICRO), e.n, k),
        n: e.n,
        suppressed: isSuppressed(e.n, k),
      }))
      .sort((a, b) => compareStrings(a.module, b.module) || compareStrings(a.skill, b.skill));
    reports.push({
      team: team.id,
      teamName: team.name,
      role: team.role,
      k,
      cycles: cycleReports,
      trend,
      trainingEffect,
    });

    const latest = accs[accs.length - 1];
    planning.push({
      team,
      cycle: latest?.cycle ?? null,
      skills:
        latest === undefined
          ? []
          : info.targeted
              .filter((ki) => latest.n[ki]! > 0)
              .map((ki) => {
                const n = latest.n[ki]!;
                const target = info.targets[ki]!;
                const sumGap = latest.sumGap[ki]!;
                return {
                  skill: skillIds[ki]!,
                  target,
                  weight: info.weights[ki]!,
                  n,
                  meanLevel: latest.sumLevel[ki]! / n / MICRO,
                  meanGap: sumGap / n / MICRO,
                  suppressed: isSuppressed(n, k),
                  // Integers until the one division, so the floor is exact.
                  floorLevel: Math.max(1, Math.floor((target * MICRO * n - sumGap) / (n * MICRO))),
                };
              }),
    });
  }
  return { reports, planning };
}

/** One published skill cell for a team-cycle accumulator. */
function skillCell(acc: CycleAcc, info: TeamInfo, ki: number, skill: string, k: number): SkillCell {
  const n = acc.n[ki]!;
  const weight = info.weights[ki]!;
  const hide = isSuppressed(n, k);
  const meanGap = n > 0 ? acc.sumGap[ki]! / n / MICRO : 0;
  return {
    skill,
    target: info.targets[ki]!,
    weight,
    n,
    suppressed: hide,
    meanLevel: hide ? null : round2(acc.sumLevel[ki]! / n / MICRO),
    meanGap: hide ? null : round2(meanGap),
    shareAtTarget: hide ? null : round2(acc.atTarget[ki]! / n),
    priority: hide ? null : round2(meanGap * weight),
    distribution: suppressDistribution(Array.from(acc.dist.subarray(ki * 5, ki * 5 + 5)), k),
  };
}
