import type { Confidence, CycleReport, DistributionBucket, SkillCell, SuppressionReason, TeamReport, TrainingEffect } from '../schemas/report.ts';
import { MICRO, compareStrings, round2, type EngineContext, type TeamInfo } from './context.ts';
import type { RawCell, RawCycle } from './fold.ts';
import { inferableBuckets, isSuppressed, suppressDistribution } from './privacy.ts';
import type { ModuleEffect } from './training.ts';

/**
 * Turns raw cells into published figures: rounding, suppression (the decisions
 * come from privacy.ts) and the evidence behind each figure.
 */

/** Why a cell is hidden before within-cell rules run, or null when it may be published. */
export type Hide = SuppressionReason | null;

/** The evidence behind a set of raw cells. */
export function confidenceOf(cells: readonly RawCell[], ctx: EngineContext): Confidence {
  const per = ctx.counted.map((source, si) => ({ source, results: cells.reduce((s, c) => s + c.results[si]!, 0) }));
  const newest = cells.reduce((m, c) => (c.newest > m ? c.newest : m), '');
  return {
    sources: per.filter((p) => p.results > 0),
    results: per.reduce((s, p) => s + p.results, 0),
    newest: newest === '' ? null : newest,
  };
}

/** The figures of a cell that is big enough to publish. */
interface CellFigures {
  meanLevel: number;
  meanGap: number;
  shareAtTarget: number;
  belowTarget: number;
  priority: number;
  distribution: DistributionBucket[];
}

/**
 * A cell's figures under rule 5, or null when they would give away its hidden
 * buckets even with every bucket hidden (the whole cell must then be hidden,
 * and the overview counts it as hidden too).
 */
export function cellFigures(raw: RawCell, target: number, weight: number, k: number): CellFigures | null {
  const { n } = raw;
  const meanGap = raw.sumGap / n / MICRO;
  const meanLevel = round2(raw.sumLevel / n / MICRO);
  const belowTarget = n - raw.atTarget;
  const seen = (d: DistributionBucket[]) => ({ n, target, buckets: d.map((b) => b.count), meanLevel, belowTarget });
  let distribution = suppressDistribution(raw.dist, k);
  if (inferableBuckets(seen(distribution))) {
    distribution = distribution.map((b) => ({ ...b, count: null, suppressed: true }));
    if (inferableBuckets(seen(distribution))) return null;
  }
  const shareAtTarget = round2(raw.atTarget / n);
  return { meanLevel, meanGap: round2(meanGap), shareAtTarget, belowTarget, priority: round2(meanGap * weight), distribution };
}

/** One published skill cell; `hide` carries the table-wide decision. */
export function publishCell(raw: RawCell, info: TeamInfo, ctx: EngineContext, hide: Hide): SkillCell {
  const { n } = raw;
  const target = info.targets[raw.ki]!;
  const weight = info.weights[raw.ki]!;
  const base = { skill: ctx.skillIds[raw.ki]!, target, weight, n };
  const figures = hide === null && !isSuppressed(n, ctx.k) ? cellFigures(raw, target, weight, ctx.k) : null;
  if (figures === null) {
    const why: SuppressionReason = hide ?? (isSuppressed(n, ctx.k) ? 'small' : 'complement');
    const distribution = [1, 2, 3, 4, 5].map((level) => ({ level, count: null, suppressed: true }));
    const nulls = { meanLevel: null, meanGap: null, shareAtTarget: null, belowTarget: null, priority: null };
    return { ...base, suppressed: true, why, ...nulls, distribution, confidence: null };
  }
  return { ...base, suppressed: false, why: null, ...figures, confidence: confidenceOf([raw], ctx) };
}

/** One published cycle; `hideLatest` carries the table-wide decisions for the latest cycle. */
export function publishCycle(raw: RawCycle, info: TeamInfo, ctx: EngineContext, hide: (ki: number) => Hide): CycleReport {
  const small = isSuppressed(raw.agents, ctx.k);
  const report: CycleReport = {
    cycle: raw.cycle,
    n: raw.agents,
    suppressed: small,
    skills: raw.cells.map((c) => publishCell(c, info, ctx, small ? 'small' : hide(c.ki))),
    confidence: small ? null : confidenceOf(raw.cells, ctx),
  };
  if (ctx.individualRows) {
    report.agents = small
      ? []
      : raw.rows
          .sort((a, b) => compareStrings(a.row.id, b.row.id) || compareStrings(a.agent, b.agent))
          .map((r) => r.row);
  }
  return report;
}

/** A team's published report from its raw cycles (oldest first) and training effects. */
export function publishTeam(
  info: TeamInfo,
  raws: readonly RawCycle[],
  effects: readonly ModuleEffect[],
  ctx: EngineContext,
  hideLatest: (ki: number) => Hide,
): TeamReport {
  const latest = raws.length - 1;
  const cycles = raws.map((raw, i) => publishCycle(raw, info, ctx, i === latest ? hideLatest : () => null));
  const agents = raws[latest]?.agents ?? 0;
  const suppressed = isSuppressed(agents, ctx.k);
  return {
    team: info.team.id,
    teamName: info.team.name,
    role: info.team.role,
    k: ctx.k,
    agents,
    suppressed,
    cycles,
    trend: info.targeted.map((ki, j) => ({
      skill: ctx.skillIds[ki]!,
      points: cycles.map((c) => {
        const cell = c.skills[j]!;
        return { cycle: c.cycle, meanLevel: cell.meanLevel, n: cell.n, suppressed: cell.suppressed || cell.meanLevel === null };
      }),
    })),
    trainingEffect: effects.map((e) => publishEffect(e, ctx.k)),
  };
}

/** One "did it work?" figure; everything but n is null below k. */
export function publishEffect(e: ModuleEffect, k: number): TrainingEffect {
  const hide = isSuppressed(e.n, k);
  const s = e.stats;
  return {
    module: e.module,
    skill: e.skill,
    n: e.n,
    suppressed: hide,
    meanChange: hide ? null : round2(s.mean),
    ciLow: hide ? null : round2(s.ciLow),
    ciHigh: hide ? null : round2(s.ciHigh),
    sdChange: hide ? null : round2(s.sd),
    dz: hide || s.dz === null ? null : round2(s.dz),
  };
}
