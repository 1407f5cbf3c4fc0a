import type { AgentRow } from '../schemas/report.ts';
import type { GapAccumulator } from './accumulate.ts';
import { MICRO, SEP, round2 } from './context.ts';

/**
 * Pass 2 of the engine: each slot's current level per skill (the weighted mean of
 * the sources present, weights renormalised), folded into unrounded, unsuppressed
 * per-team, per-cycle cells. Nothing here is published as it stands.
 */

/** One team's raw figures for one skill in one cycle (micro-levels where noted). */
export interface RawCell {
  /** Skill index. */
  ki: number;
  n: number;
  /** Σ current level (micro). */
  sumLevel: number;
  /** Σ max(0, target − current) (micro). */
  sumGap: number;
  atTarget: number;
  /** Σ current level of the agents below target (micro). */
  sumBelow: number;
  /** Agents per level bucket 1–5. */
  dist: number[];
  /** Results per counted source. */
  results: number[];
  /** Newest result date, or ''. */
  newest: string;
}

/** One team's raw figures for one cycle. */
export interface RawCycle {
  team: string;
  cycle: string;
  /** Agents with at least one current level. */
  agents: number;
  /** One cell per targeted skill, in the team's `targeted` order. */
  cells: RawCell[];
  /** Raw agent id with its pseudonymous row (rows only when enabled). */
  rows: Array<{ agent: string; row: AgentRow }>;
}

/** Level 1–5 that a micro-level rounds to (half up). */
export function bucketOf(micro: number): number {
  const level = Math.floor((micro + MICRO / 2) / MICRO);
  return level < 1 ? 1 : level > 5 ? 5 : level;
}

/** Folds every slot into per-team, per-cycle raw cells, keyed by team + SEP + cycle. */
export function foldCycles(acc: GapAccumulator, pseudonymise: (agentId: string) => string): Map<string, RawCycle> {
  const cycles = new Map<string, RawCycle>();
  for (let slot = 0; slot < acc.slotTeam.length; slot++) {
    const key = acc.slotTeam[slot]! + SEP + acc.slotCycle[slot]!;
    let raw = cycles.get(key);
    if (raw === undefined) cycles.set(key, (raw = emptyCycle(acc, slot)));
    foldSlot(acc, slot, raw, pseudonymise);
  }
  return cycles;
}

function emptyCycle(acc: GapAccumulator, slot: number): RawCycle {
  const team = acc.slotTeam[slot]!;
  const cycle = acc.slotCycle[slot]!;
  const info = acc.ctx.teams.get(team)!;
  const newest = acc.dates.get(team + SEP + cycle)?.newest ?? [];
  const NS = acc.ctx.counted.length;
  return {
    team,
    cycle,
    agents: 0,
    cells: info.targeted.map((ki) => ({
      ki,
      n: 0,
      sumLevel: 0,
      sumGap: 0,
      atTarget: 0,
      sumBelow: 0,
      dist: [0, 0, 0, 0, 0],
      results: new Array<number>(NS).fill(0),
      newest: newest[ki] ?? '',
    })),
    rows: [],
  };
}

function foldSlot(acc: GapAccumulator, slot: number, raw: RawCycle, pseudonymise: (id: string) => string): void {
  const { ctx } = acc;
  const info = ctx.teams.get(raw.team)!;
  const S = ctx.skillIds.length;
  const NS = ctx.counted.length;
  let row: AgentRow | undefined;
  for (const cell of raw.cells) {
    const base = (slot * S + cell.ki) * NS;
    let weighted = 0;
    let weightSum = 0;
    let confidence = 0;
    for (let si = 0; si < NS; si++) {
      const c = acc.counts[base + si]!;
      if (c === 0) continue;
      cell.results[si]! += c;
      weighted += ctx.sourceWeight[si]! * (acc.sums[base + si]! / c);
      weightSum += ctx.sourceWeight[si]!;
      confidence++;
    }
    if (confidence === 0) continue;
    const current = Math.round(weighted / weightSum);
    const target = info.targets[cell.ki]! * MICRO;
    const gap = current < target ? target - current : 0;
    cell.n += 1;
    cell.sumLevel += current;
    cell.sumGap += gap;
    if (current >= target) cell.atTarget += 1;
    else cell.sumBelow += current;
    cell.dist[bucketOf(current) - 1]! += 1;
    if (ctx.individualRows) {
      row ??= { id: pseudonymise(acc.slotAgent[slot]!), skills: [] };
      row.skills.push({ skill: ctx.skillIds[cell.ki]!, level: round2(current / MICRO), gap: round2(gap / MICRO), confidence });
    }
  }
  // A slot exists only once a counted result for a targeted skill arrived, so it always has a level.
  raw.agents += 1;
  if (row !== undefined) raw.rows.push({ agent: acc.slotAgent[slot]!, row });
}
