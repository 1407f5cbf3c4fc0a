import { translator, type Translate } from '../../i18n/index.ts';
import type { CsvCell } from '../csv-writer.ts';
import type { CycleReport, TeamReport } from '../schemas/report.ts';
import { chartBlock, type ChartBlock, type DataTable } from './blocks.ts';
import { daysBetween, effectWords, fig } from './words.ts';

/** Names the view resolves; ids stay ids when unknown. */
export interface DashNames {
  skill: (id: string) => string;
  module: (id: string) => string;
  /** The interface words in the team's language; English when absent. */
  t?: Translate;
}

const english = translator('en');
const wordsOf = (names: DashNames): Translate => names.t ?? english;

/** Everything `/dashboards/[team]/` renders. */
export interface TeamDashboard {
  team: string;
  teamName: string;
  k: number;
  /** The latest cycle, or null without data. */
  cycle: string | null;
  agents: number;
  /** Below k: the page shows no figures and the role's path. */
  suppressed: boolean;
  charts: ChartBlock[];
  /** "Did it work?" rows with words, also a chart when any is shown. */
  effects: Array<{ course: string; skill: string; n: number; words: string; shown: boolean }>;
  confidence: DataTable | null;
  individual: DataTable | null;
}

const cell = (v: number | null, t: Translate): CsvCell => (v === null ? t('dash.suppressed') : v);

/** Current level against target, one row per skill of the latest cycle. */
function currentBlock(c: CycleReport, base: string, names: DashNames): ChartBlock {
  const t = wordsOf(names);
  const skills = c.skills.filter((s) => s.n > 0);
  const rows = skills.map((s) => [names.skill(s.skill), cell(s.meanLevel, t), s.target, cell(s.belowTarget, t), s.n]);
  const open = skills.filter((s) => s.meanGap !== null && (s.belowTarget ?? 0) > 0);
  const worst = [...open].sort((a, b) => b.meanGap! - a.meanGap!)[0];
  const summary = worst
    ? t('dash.currentSummary', { below: open.length, skills: skills.length, skill: names.skill(worst.skill), gap: fig(worst.meanGap, t) })
    : t('dash.currentNone');
  const spec = {
    kind: 'current' as const,
    title: t('dash.current'),
    skills: skills.map((s) => names.skill(s.skill)),
    current: skills.map((s) => s.meanLevel),
    target: skills.map((s) => s.target),
    labels: { current: t('dash.col.current'), target: t('dash.col.target'), axis: t('dash.axisLevel') },
  };
  const columns = [t('dash.col.skill'), t('dash.col.current'), t('dash.col.target'), t('dash.col.below'), t('dash.col.n')];
  return chartBlock('current', base, spec, summary, { columns, rows }, skills.length);
}

/** Agents per level per skill. */
function distributionBlock(c: CycleReport, base: string, names: DashNames): ChartBlock {
  const t = wordsOf(names);
  const skills = c.skills.filter((s) => s.n > 0);
  const levels = [1, 2, 3, 4, 5];
  const spec = {
    kind: 'distribution' as const,
    title: t('dash.distribution'),
    skills: skills.map((s) => names.skill(s.skill)),
    counts: levels.map((l) => skills.map((s) => s.distribution[l - 1]!.count)),
    labels: { levels: levels.map((n) => t('dash.col.level', { n })), axis: t('dash.axisAgents') },
  };
  const columns = [t('dash.col.skill'), ...spec.labels.levels, t('dash.col.n')];
  const rows = skills.map((s) => [names.skill(s.skill), ...s.distribution.map((b) => cell(b.count, t)), s.n]);
  return chartBlock('distribution', base, spec, t('dash.distributionSummary', { cycle: c.cycle }), { columns, rows }, skills.length);
}

/** Mean level per skill across cycles. */
function trendBlock(r: TeamReport, base: string, names: DashNames): ChartBlock {
  const t = wordsOf(names);
  const cycles = r.cycles.map((c) => c.cycle);
  const series = r.trend.filter((x) => x.points.some((p) => p.n > 0));
  const spec = {
    kind: 'trend' as const,
    title: t('dash.trend'),
    cycles,
    series: series.map((x) => ({ name: names.skill(x.skill), values: x.points.map((p) => p.meanLevel) })),
    labels: { axis: t('dash.axisLevel'), cycles: t('dash.axisCycle') },
  };
  const summary =
    cycles.length > 1
      ? t('dash.trendSummary', { cycles: cycles.length, first: cycles[0]!, last: cycles.at(-1)! })
      : t('dash.trendOne', { cycle: cycles[0] ?? '' });
  const rows = series.map((x) => [names.skill(x.skill), ...x.points.map((p) => (p.n === 0 ? null : cell(p.meanLevel, t)))]);
  return chartBlock('trend', base, spec, summary, { columns: [t('dash.col.skill'), ...cycles], rows }, series.length);
}

/** "Did it work?": mean change with its interval per course and skill. */
function effectBlock(r: TeamReport, base: string, names: DashNames): ChartBlock {
  const t = wordsOf(names);
  const shown = r.trainingEffect.filter((e) => e.meanChange !== null);
  const label = (e: (typeof shown)[number]) => `${names.module(e.module)} · ${names.skill(e.skill)}`;
  const spec = {
    kind: 'effect' as const,
    title: t('dash.effect'),
    rows: shown.map(label),
    mean: shown.map((e) => e.meanChange),
    low: shown.map((e) => e.ciLow),
    high: shown.map((e) => e.ciHigh),
    labels: { mean: t('dash.mean'), interval: t('dash.interval'), axis: t('dash.axisChange') },
  };
  const columns = [t('dash.col.course'), t('dash.col.skill'), t('dash.col.n'), t('dash.col.change'), t('dash.col.ciLow'), t('dash.col.ciHigh'), t('dash.col.dz')];
  const rows = shown.map((e) => [names.module(e.module), names.skill(e.skill), e.n, e.meanChange, e.ciLow, e.ciHigh, e.dz]);
  return chartBlock('effect', base, spec, t('dash.effectLead', { k: r.k }), { columns, rows }, shown.length);
}

/** Sources, results and age of the newest result behind each skill's figure. */
function confidenceTable(c: CycleReport, names: DashNames, built: string): DataTable {
  const t = wordsOf(names);
  const columns = [t('dash.col.skill'), t('dash.col.sources'), t('dash.col.results'), t('dash.col.newest'), t('dash.col.age')];
  const rows = c.skills
    .filter((s) => s.n > 0)
    .map((s): CsvCell[] => {
      const conf = s.confidence;
      if (conf === null) return [names.skill(s.skill), t('dash.suppressed'), t('dash.suppressed'), t('dash.suppressed'), t('dash.suppressed')];
      const sources = conf.sources.map((x) => `${x.source} ${x.results}`).join(', ');
      return [names.skill(s.skill), sources, conf.results, conf.newest, conf.newest === null ? null : daysBetween(conf.newest, built)];
    });
  return { columns, rows };
}

/** Agents × skills under pseudonymous ids (only present when settings opt in). */
function individualTable(c: CycleReport, names: DashNames): DataTable | null {
  const t = wordsOf(names);
  if (c.agents === undefined || c.agents.length === 0) return null;
  const skills = c.skills.map((s) => s.skill);
  const rows = c.agents.map((a) => [a.id, ...skills.map((id) => a.skills.find((s) => s.skill === id)?.level ?? null)]);
  return { columns: [t('dash.col.id'), ...skills.map(names.skill)], rows };
}

/** Builds the team dashboard from the team's report; `built` is the build date (YYYY-MM-DD). */
export function teamDashboard(r: TeamReport, names: DashNames, built: string): TeamDashboard {
  const t = wordsOf(names);
  const latest = r.cycles.at(-1);
  const base = `/dashboards/${r.team}/`;
  const head = { team: r.team, teamName: r.teamName, k: r.k, cycle: latest?.cycle ?? null, agents: r.agents, suppressed: r.suppressed };
  if (latest === undefined || r.suppressed)
    return { ...head, charts: [], effects: [], confidence: null, individual: null };
  const charts = [currentBlock(latest, base, names), distributionBlock(latest, base, names)];
  charts.push(trendBlock(r, base, names));
  const effects = r.trainingEffect.map((e) => ({
    course: names.module(e.module),
    skill: names.skill(e.skill),
    n: e.n,
    words: effectWords(e, r.k, t),
    shown: e.meanChange !== null,
  }));
  if (effects.some((e) => e.shown)) charts.push(effectBlock(r, base, names));
  return { ...head, charts, effects, confidence: confidenceTable(latest, names, built), individual: individualTable(latest, names) };
}

/** The CSV files of a team page, by file name. */
export function teamCsvFiles(d: TeamDashboard): Map<string, DataTable> {
  const files = new Map(d.charts.map((c) => [`${c.id}.csv`, c.table]));
  if (d.confidence) files.set('confidence.csv', d.confidence);
  if (d.individual) files.set('agents.csv', d.individual);
  return files;
}
