import type { ChartConfiguration, ChartDataset } from 'chart.js';

/**
 * Chart.js configurations for the dashboards, built from the engine's figures.
 * Pure data: the page serialises the result into `<script type="application/json">`
 * and `src/client/chart-element.ts` mounts it. Colours come from the Okabe–Ito
 * palette, which stays distinguishable with the common colour-vision deficiencies;
 * text and grid colours are set by the element from the page's theme.
 */

/** Okabe–Ito: blue, orange, bluish green, reddish purple, sky blue, vermillion, yellow. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'] as const;
/** Levels 1–5, from "far from target" warm to "expert" blue (Okabe–Ito, ordered). */
export const LEVEL_COLOURS = ['#D55E00', '#E69F00', '#F0E442', '#56B4E9', '#0072B2'] as const;

/** What a chart shows, in the engine's terms. Null values are suppressed figures and draw nothing. */
export type ChartSpec =
  | {
      /** Current level per skill against its target: bars with a target marker. */
      kind: 'current';
      title: string;
      skills: string[];
      current: Array<number | null>;
      target: number[];
      labels: { current: string; target: string; axis: string };
    }
  | {
      /** Agents per level per skill: stacked bars, one colour per level. */
      kind: 'distribution';
      title: string;
      skills: string[];
      /** counts[level − 1][skill] */
      counts: Array<Array<number | null>>;
      labels: { levels: string[]; axis: string };
    }
  | {
      /** Mean level per skill across cycles: one line per skill. */
      kind: 'trend';
      title: string;
      cycles: string[];
      series: Array<{ name: string; values: Array<number | null> }>;
      labels: { axis: string; cycles: string };
    }
  | {
      /** Mean paired change per module and skill, with its 95% interval. */
      kind: 'effect';
      title: string;
      rows: string[];
      mean: Array<number | null>;
      low: Array<number | null>;
      high: Array<number | null>;
      labels: { mean: string; interval: string; axis: string };
    }
  | {
      /** One value per category, e.g. the organisation's mean gap per skill. */
      kind: 'bars';
      title: string;
      categories: string[];
      values: Array<number | null>;
      max?: number;
      labels: { value: string; axis: string };
    };

type Config = ChartConfiguration<'bar' | 'line', Array<number | [number, number] | null>, string>;

const axisTitle = (text: string) => ({ display: true, text });

/** Shared options: no animation (nothing to wait for, no long tasks), title, legend, fixed aspect by container. */
function options(title: string, horizontal: boolean, value: { title: string; min?: number; max?: number; stacked?: boolean }, category: string) {
  const valueAxis = { title: axisTitle(value.title), min: value.min, max: value.max, stacked: value.stacked ?? false, beginAtZero: true };
  const categoryAxis = { title: axisTitle(category), stacked: value.stacked ?? false };
  return {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: horizontal ? ('y' as const) : ('x' as const),
    plugins: { title: { display: true, text: title }, legend: { display: true, position: 'bottom' as const } },
    scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
  };
}

/** A target or mean marker drawn as points on a bar chart. */
function marker(label: string, data: Array<number | null>, colour: string, style: 'line' | 'rectRot', horizontal: boolean): ChartDataset<'line', Array<number | null>> {
  return {
    type: 'line',
    label,
    data,
    showLine: false,
    pointStyle: style,
    pointRadius: 9,
    pointBorderWidth: 3,
    pointRotation: horizontal && style === 'line' ? 90 : 0,
    borderColor: colour,
    backgroundColor: colour,
    pointBorderColor: colour,
    pointBackgroundColor: colour,
  };
}

/** Builds the Chart.js configuration for one dashboard chart. */
export function buildChartConfig(spec: ChartSpec): Config {
  switch (spec.kind) {
    case 'current':
      return {
        type: 'bar',
        data: {
          labels: spec.skills,
          datasets: [
            { label: spec.labels.current, data: spec.current, backgroundColor: PALETTE[0] },
            marker(spec.labels.target, spec.target, PALETTE[5], 'line', true),
          ],
        },
        options: options(spec.title, true, { title: spec.labels.axis, min: 0, max: 5 }, ''),
      } as Config;
    case 'distribution':
      return {
        type: 'bar',
        data: {
          labels: spec.skills,
          datasets: spec.counts.map((data, i) => ({ label: spec.labels.levels[i]!, data, backgroundColor: LEVEL_COLOURS[i]! })),
        },
        options: options(spec.title, true, { title: spec.labels.axis, stacked: true }, ''),
      } as Config;
    case 'trend':
      return {
        type: 'line',
        data: {
          labels: spec.cycles,
          datasets: spec.series.map((s, i) => ({
            label: s.name,
            data: s.values,
            borderColor: PALETTE[i % PALETTE.length]!,
            backgroundColor: PALETTE[i % PALETTE.length]!,
            pointStyle: (['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'cross'] as const)[i % 7],
            pointRadius: 4,
            spanGaps: false,
          })),
        },
        options: options(spec.title, false, { title: spec.labels.axis, min: 1, max: 5 }, spec.labels.cycles),
      } as Config;
    case 'effect': {
      const interval = spec.low.map((lo, i) => (lo === null || spec.high[i] === null ? null : ([lo, spec.high[i]!] as [number, number])));
      return {
        type: 'bar',
        data: {
          labels: spec.rows,
          datasets: [
            { label: spec.labels.interval, data: interval, backgroundColor: `${PALETTE[4]}99`, borderColor: PALETTE[0], borderWidth: 1, barPercentage: 0.5 },
            marker(spec.labels.mean, spec.mean, PALETTE[5], 'rectRot', true),
          ],
        },
        options: options(spec.title, true, { title: spec.labels.axis }, ''),
      } as Config;
    }
    case 'bars':
      return {
        type: 'bar',
        data: { labels: spec.categories, datasets: [{ label: spec.labels.value, data: spec.values, backgroundColor: PALETTE[0] }] },
        options: options(spec.title, true, { title: spec.labels.axis, min: 0, max: spec.max }, ''),
      } as Config;
  }
}
