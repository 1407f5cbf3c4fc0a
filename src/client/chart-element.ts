import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

// Only the parts the dashboards draw: bars (also floating, for intervals), lines and point markers.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

/**
 * Text and grid colours from the page's theme, so charts follow dark mode and
 * print light. The theme's custom properties hold `light-dark()` pairs, which a
 * canvas cannot parse, so a probe element resolves them to plain colours.
 */
function themeColours(): { text: string; grid: string } {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const resolve = (v: string) => {
    probe.style.color = v;
    return getComputedStyle(probe).color;
  };
  const colours = { text: resolve('var(--gw-fg)'), grid: resolve('var(--gw-border)') };
  probe.remove();
  return colours;
}

/** Paper colours: a printed chart is always light, whatever the screen theme. */
const PRINT = { text: '#000000', grid: '#c8ccd2' };
let printing = false;

function applyTheme(config: ChartConfiguration): void {
  const { text, grid } = printing ? PRINT : themeColours();
  Chart.defaults.color = text;
  Chart.defaults.borderColor = grid;
  for (const axis of Object.values(config.options?.scales ?? {})) {
    if (!axis) continue;
    Object.assign(axis, { grid: { color: grid }, ticks: { color: text }, title: { ...(axis as { title?: object }).title, color: text } });
  }
}

/**
 * `<gw-chart>`: mounts the Chart.js configuration held in its
 * `<script type="application/json">` child on its `<canvas>`. The figures are
 * always in the table beside it; the chart is an enhancement.
 */
class GapwiseChart extends HTMLElement {
  #chart: Chart | undefined;
  #config: ChartConfiguration | undefined;

  connectedCallback(): void {
    queue.push(this);
    if (queue.length === 1) setTimeout(mountNext, 0);
  }

  /**
   * Draws the chart in steps: an empty chart first (Chart.js's first run of its
   * layout code is the slow part), then the data. Each step runs in a task of its
   * own, so no task blocks the page for long.
   */
  mount(): void {
    const data = this.querySelector('script[type="application/json"]');
    const canvas = this.querySelector('canvas');
    if (!data || !canvas || this.#chart || !this.isConnected) return;
    const config = JSON.parse(data.textContent ?? 'null') as ChartConfiguration;
    this.#config = config;
    applyTheme(config);
    this.#chart = new Chart(canvas, { ...config, data: { labels: [], datasets: [] } });
    // The data arrives one dataset per task: the scales fit all of it first, then each
    // dataset is shown in turn (a team's 50 skills of bars and markers at once ran over 50 ms).
    const datasets = config.data.datasets;
    later(() => {
      if (!this.#chart) return;
      this.#chart.data = { ...config.data, datasets: datasets.map((d) => ({ ...d, hidden: true })) };
      this.#chart.update('none');
    });
    datasets.forEach((d, i) =>
      later(() => {
        if (!this.#chart) return;
        this.#chart.setDatasetVisibility(i, !d.hidden);
        this.#chart.update('none');
        if (i === datasets.length - 1) this.dataset.ready = 'true';
      }),
    );
    if (datasets.length === 0) later(() => (this.dataset.ready = 'true'));
  }

  /** Redraws with the current theme's colours. */
  retheme(): void {
    if (!this.#chart || !this.#config) return;
    applyTheme(this.#config);
    this.#chart.options = this.#config.options ?? {};
    this.#chart.update();
  }

  /** Fits the canvas to the printed page's width. */
  resize(): void {
    this.#chart?.resize();
  }

  disconnectedCallback(): void {
    this.#chart?.destroy();
    this.#chart = undefined;
  }
}

const queue: GapwiseChart[] = [];
/**
 * Chart.js compiles most of its code the first time it draws, and its tick labels
 * start the browser's number formatting (ICU), 20–80 ms on its own here. A small
 * chart on a detached canvas takes those costs first, one per task: number
 * formatting, scales with data, bars, point markers, then title and legend. Drawn
 * in one task, the same warm-up ran 57–84 ms on a 2-core machine (`npm run bench`).
 */
let warm: Chart<'bar' | 'line'> | undefined;
const warmUp: Array<(chart: Chart<'bar' | 'line'>) => void> = [
  (c) => c.update('none'),
  (c) => {
    c.data.labels = ['a', 'b'];
    c.update('none');
  },
  () => new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(1.5),
  (c) => {
    // Hidden: the scales fit the data, no bar is drawn yet.
    c.data.datasets = [{ type: 'bar', label: 'a', data: [1, 2], hidden: true }];
    c.update('none');
  },
  (c) => {
    c.data.datasets = [{ type: 'bar', label: 'a', data: [1, 2] }];
    c.update('none');
  },
  (c) => {
    c.data.datasets.push({ type: 'line', label: 'b', data: [1, 2], showLine: false, pointStyle: 'line', pointRadius: 4 });
    c.update('none');
  },
  (c) => {
    c.options.plugins = { title: { display: true, text: 'a' }, legend: { display: true, position: 'bottom' } };
    c.update('none');
  },
  (c) => {
    c.destroy();
    warm = undefined;
  },
];
const pending: Array<() => void> = [
  () => {
    const canvas = document.createElement('canvas');
    canvas.width = 60;
    canvas.height = 60;
    // Responsive on a detached canvas: the constructor resolves the options and stops short of drawing.
    const options = { animation: false as const, responsive: true, indexAxis: 'y' as const, events: [], plugins: { title: { display: false }, legend: { display: false } } };
    warm = new Chart(canvas, { type: 'bar', data: { labels: [], datasets: [] }, options });
  },
  ...warmUp.map((step) => () => warm && step(warm)),
];
/** Runs `f` in a later task, after the work already queued. */
function later(f: () => void): void {
  pending.push(f);
}
/** One step per task: a queued chart's second half, else the next chart's first half. */
function mountNext(): void {
  const step = pending.shift();
  if (step) step();
  else queue.shift()?.mount();
  if (queue.length > 0 || pending.length > 0) setTimeout(mountNext, 0);
}

if (!customElements.get('gw-chart')) customElements.define('gw-chart', GapwiseChart);

const all = () => [...document.querySelectorAll<GapwiseChart>('gw-chart')];
new MutationObserver(() => all().forEach((c) => c.retheme())).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => all().forEach((c) => c.retheme()));
addEventListener('beforeprint', () => {
  printing = true;
  all().forEach((c) => (c.retheme(), c.resize()));
});
addEventListener('afterprint', () => {
  printing = false;
  all().forEach((c) => (c.retheme(), c.resize()));
});
