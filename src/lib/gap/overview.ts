import type { HeatmapCell, OrgSkill, TeamSummary } from '../schemas/report.ts';
import { MICRO, round2, type EngineContext } from './context.ts';
import type { RawCycle } from './fold.ts';
import { isSuppressed, suppressTable } from './privacy.ts';
import { cellFigures, type Hide } from './publish.ts';

/**
 * The organisation overview's figures: a teams × skills table of the latest
 * cycle, with totals per skill (all teams) and per team (all skills). Hiding is
 * decided here for the whole table at once (privacy rule 4), and the team pages
 * reuse the same decisions through `hideOf`.
 */

/** One team's latest raw cycle (undefined when it has no data). */
export interface LatestRow {
  team: string;
  teamName: string;
  role: string;
  raw: RawCycle | undefined;
}

/** The overview's people figures and the hiding decisions for every latest cell. */
export interface OverviewFigures {
  heatmap: HeatmapCell[];
  orgSkills: OrgSkill[];
  teams: TeamSummary[];
  /** Why cell (team, skill index) of the latest cycle is hidden, or null. */
  hideOf: (team: string, ki: number) => Hide;
}

/** Computes the overview table and its suppression. */
export function overviewFigures(rows: readonly LatestRow[], ctx: EngineContext): OverviewFigures {
  const S = ctx.skillIds.length;
  const cellOf = (ti: number, ki: number) => rows[ti]!.raw?.cells.find((c) => c.ki === ki);
  const n = rows.flatMap((_, ti) => ctx.skillIds.map((__, ki) => cellOf(ti, ki)?.n ?? 0));
  const small = rows.map((r) => isSuppressed(r.raw?.agents ?? 0, ctx.k));
  // Primary: the team or the cell is below k, or the cell's own figures would give away its buckets (rule 5).
  const tooSmall = n.map((x, i) => x > 0 && (small[Math.floor(i / S)]! || isSuppressed(x, ctx.k)));
  const inferable = n.map((x, i) => {
    if (x === 0 || tooSmall[i]) return false;
    const [ti, ki] = [Math.floor(i / S), i % S];
    const info = ctx.teams.get(rows[ti]!.team)!;
    return cellFigures(cellOf(ti, ki)!, info.targets[ki]!, info.weights[ki]!, ctx.k) === null;
  });
  const primary = n.map((_, i) => tooSmall[i]! || inferable[i]!);
  const lines = [
    ...rows.map((_, ti) => ({ cells: ctx.skillIds.map((__, ki) => ti * S + ki), published: !small[ti] })),
    ...ctx.skillIds.map((_, ki) => ({ cells: rows.map((__, ti) => ti * S + ki), published: true })),
  ];
  const { hidden, complement, withheld } = suppressTable(n, primary, lines);
  const why = (i: number): Hide => (!hidden[i] ? null : complement[i] || inferable[i] ? 'complement' : 'small');

  const heatmap = rows.flatMap((r, ti) =>
    ctx.skillIds.map((skill, ki): HeatmapCell => {
      const i = ti * S + ki;
      const cell = cellOf(ti, ki);
      const shown = cell !== undefined && cell.n > 0 && !hidden[i];
      return {
        team: r.team,
        skill,
        n: n[i]!,
        targeted: ctx.teams.get(r.team)!.targets[ki]! > 0,
        suppressed: hidden[i]!,
        why: why(i),
        meanGap: shown ? round2(cell.sumGap / cell.n / MICRO) : null,
      };
    }),
  );
  const orgSkills = ctx.skillIds.map((skill, ki): OrgSkill => {
    const cells = rows.map((_, ti) => cellOf(ti, ki)).filter((c) => c !== undefined && c.n > 0);
    const total = cells.reduce((s, c) => s + c!.n, 0);
    const hide = isSuppressed(total, ctx.k) || withheld[rows.length + ki]!;
    const sumGap = cells.reduce((s, c) => s + c!.sumGap, 0);
    const below = cells.reduce((s, c) => s + (c!.n - c!.atTarget), 0);
    return {
      skill,
      n: total,
      suppressed: hide,
      meanGap: hide ? null : round2(sumGap / total / MICRO),
      shareBelow: hide ? null : round2(below / total),
      teams: rows.filter((r) => ctx.teams.get(r.team)!.targets[ki]! > 0).length,
    };
  });
  const teams = rows.map((r, ti): TeamSummary => {
    const cells = r.raw?.cells.filter((c) => c.n > 0) ?? [];
    const total = cells.reduce((s, c) => s + c.n, 0);
    const hide = small[ti]! || withheld[ti]! || total === 0;
    return {
      team: r.team,
      teamName: r.teamName,
      role: r.role,
      agents: r.raw?.agents ?? 0,
      sources: ctx.counted.filter((_, si) => cells.some((c) => c.results[si]! > 0)),
      latestCycle: r.raw?.cycle ?? null,
      suppressed: small[ti]!,
      meanGap: hide ? null : round2(cells.reduce((s, c) => s + c.sumGap, 0) / total / MICRO),
    };
  });
  const index = new Map(rows.map((r, ti) => [r.team, ti]));
  return { heatmap, orgSkills, teams, hideOf: (team, ki) => why(index.get(team)! * S + ki) };
}
