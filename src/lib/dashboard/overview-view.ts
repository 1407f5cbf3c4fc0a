import { t } from '../../i18n/index.ts';
import type { CsvCell } from '../csv-writer.ts';
import type { Overview } from '../schemas/report.ts';
import { chartBlock, type ChartBlock, type DataTable } from './blocks.ts';
import { fig, pct } from './words.ts';

/** Colour band of a mean gap: the heatmap's cell class. */
export type GapBand = 'none' | 'tiny' | 'small' | 'mid' | 'large';

/** Bands of the heatmap legend, by upper bound (exclusive). */
export function gapBand(gap: number): GapBand {
  return gap <= 0 ? 'none' : gap < 0.25 ? 'tiny' : gap < 0.5 ? 'small' : gap < 1 ? 'mid' : 'large';
}

/** One heatmap cell as rendered. */
export interface HeatCell {
  text: string;
  /** The published mean gap, or null. */
  value: number | null;
  /** CSS class: a gap band, `sup` (suppressed) or `na` (no target or no data). */
  cls: GapBand | 'sup' | 'na';
}

/** Everything `/dashboards/` renders. */
export interface OverviewDashboard {
  k: number;
  skills: Array<{ id: string; name: string }>;
  heatmap: Array<{ team: string; teamName: string; cells: HeatCell[] }>;
  heatmapTable: DataTable;
  biggest: ChartBlock;
  backlog: Array<{ skill: string; name: string; text: string; teams: string }>;
  teams: DataTable;
  teamLinks: Array<{ team: string; teamName: string }>;
}

/** Builds the overview from the join's overview figures. */
export function overviewDashboard(o: Overview, names: { skill: (id: string) => string; team: (id: string) => string }): OverviewDashboard {
  const S = o.skills.length;
  const teamIds = o.teams.map((x) => x.team);
  const heatmap = teamIds.map((team, ti) => ({
    team,
    teamName: names.team(team),
    cells: o.heatmap.slice(ti * S, ti * S + S).map((c): HeatCell => {
      if (c.suppressed) return { text: t('dash.suppressed'), value: null, cls: 'sup' };
      if (c.meanGap === null) return { text: t('dash.none'), value: null, cls: 'na' };
      return { text: fig(c.meanGap), value: c.meanGap, cls: gapBand(c.meanGap) };
    }),
  }));
  const heatmapTable: DataTable = {
    columns: [t('dash.col.team'), ...o.skills.map(names.skill)],
    rows: heatmap.map((r) => [r.teamName, ...r.cells.map((c): CsvCell => (c.cls === 'sup' ? c.text : c.value))]),
  };
  const gaps = o.biggestGaps.filter((g) => !g.suppressed);
  const top = gaps[0];
  const biggest = chartBlock(
    'biggest-gaps',
    '/dashboards/',
    {
      kind: 'bars',
      title: t('dash.biggest'),
      categories: gaps.map((g) => names.skill(g.skill)),
      values: gaps.map((g) => g.meanGap),
      labels: { value: t('dash.col.meanGap'), axis: t('dash.axisGap') },
    },
    top ? t('dash.biggestSummary', { skill: names.skill(top.skill), gap: fig(top.meanGap), share: pct(top.shareBelow), n: top.n }) : t('dash.noFigures'),
    {
      columns: [t('dash.col.skill'), t('dash.col.meanGap'), t('dash.col.shareBelow'), t('dash.col.n'), t('dash.teams')],
      rows: o.biggestGaps.map((g) => [names.skill(g.skill), g.meanGap ?? t('dash.suppressed'), g.shareBelow ?? t('dash.suppressed'), g.n, g.teams]),
    },
    gaps.length,
  );
  const backlog = o.backlog.map((b) => {
    const missing = b.missing.map((m) => t('paths.missingBand', { from: m.from, to: m.to })).join('; ');
    const head = b.coveredTo === null ? t('dash.notCovered') : t('dash.coveredTo', { level: b.coveredTo });
    return { skill: b.skill, name: names.skill(b.skill), text: `${head}; ${missing}`, teams: b.teams.map(names.team).join(', ') };
  });
  const teams: DataTable = {
    columns: [t('dash.col.team'), t('dash.col.agents'), t('dash.col.sources'), t('dash.col.cycle'), t('dash.col.meanGap')],
    rows: o.teams.map((x) => [
      names.team(x.team),
      x.agents,
      x.sources.join(', '),
      x.latestCycle,
      x.suppressed ? t('dash.suppressed') : x.meanGap,
    ]),
  };
  return {
    k: o.k,
    skills: o.skills.map((id) => ({ id, name: names.skill(id) })),
    heatmap,
    heatmapTable,
    biggest,
    backlog,
    teams,
    teamLinks: o.teams.map((x) => ({ team: x.team, teamName: names.team(x.team) })),
  };
}

/** The CSV files of the overview, by file name. */
export function overviewCsvFiles(d: OverviewDashboard): Map<string, DataTable> {
  return new Map([
    ['heatmap.csv', d.heatmapTable],
    [`${d.biggest.id}.csv`, d.biggest.table],
    ['teams.csv', d.teams],
  ]);
}
