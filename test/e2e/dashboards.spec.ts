import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../../src/lib/import/csv.ts';
import { builtJoin } from './join.ts';

const join = builtJoin();
const shown = join.reports.find((r) => !r.suppressed && r.trainingEffect.some((e) => e.meanChange !== null))!;
const small = join.reports.find((r) => r.suppressed && r.cycles.length > 0)!;
const fmt = (v: number | null) => (v === null ? 'suppressed' : String(v));

/** The body cells of a rendered table, row by row, as text. */
async function tableCells(page: Page, id: string): Promise<string[][]> {
  return page.locator(`table[data-table="${id}"] tbody tr`).evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
  );
}

/** The CSV file behind a link, as rows of cells (without the header). */
async function csvCells(page: Page, href: string): Promise<{ header: string[]; rows: string[][] }> {
  const res = await page.request.get(href);
  expect(res.ok(), href).toBe(true);
  expect(res.headers()['content-type'] ?? '').toMatch(/csv|octet-stream|text/);
  const table = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
  return { header: table.header, rows: table.rows.map((r) => r.fields) };
}

/**
 * Coloured pixels of a chart's canvas (saturated, unlike the grey of axes, grid and
 * text): proof that Chart.js drew its data, not only its frame.
 */
async function inked(page: Page, chart: string): Promise<number> {
  const canvas = page.locator(`[data-chart="${chart}"] canvas`);
  // Off-screen charts skip layout (content-visibility) until scrolled near, as a manager would.
  await canvas.scrollIntoViewIfNeeded();
  await expect(page.locator(`[data-chart="${chart}"] gw-chart`)).toHaveAttribute('data-ready', 'true');
  const count = () =>
    canvas.evaluate((c: HTMLCanvasElement) => {
      if (c.width === 0 || c.height === 0) return 0;
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 60) n++;
      return n;
    });
  await expect.poll(count).toBeGreaterThan(0);
  return count();
}

test('overview: the heatmap table equals the join, and its CSV equals the table', async ({ page }) => {
  await page.goto('/dashboards/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const cells = await tableCells(page, 'heatmap'); // every chunk of the heatmap, in order
  const S = join.overview.skills.length;
  const expected = join.overview.teams.map((tm, ti) => [
    tm.teamName,
    ...join.overview.heatmap.slice(ti * S, ti * S + S).map((c) => (c.suppressed ? 'suppressed' : c.meanGap === null ? '–' : c.meanGap.toFixed(2))),
  ]);
  expect(cells).toEqual(expected);
  expect(cells.flat()).toContain('suppressed');
  const csv = await csvCells(page, '/dashboards/heatmap.csv');
  expect(csv.rows.map((r) => r.map((v) => (v === '' ? '–' : /^\d/.test(v) ? Number(v).toFixed(2) : v)))).toEqual(expected);
});

test('overview: biggest gaps are drawn, tabled and downloadable alike; the backlog names the missing band', async ({ page }) => {
  await page.goto('/dashboards/');
  expect(await inked(page, 'biggest-gaps')).toBeGreaterThan(2000);
  const cells = await tableCells(page, 'biggest-gaps');
  expect(cells.map((r) => r.slice(1, 4))).toEqual(join.overview.biggestGaps.map((g) => [fmt(g.meanGap), fmt(g.shareBelow), String(g.n)]));
  expect((await csvCells(page, '/dashboards/biggest-gaps.csv')).rows).toEqual(cells);
  const item = join.overview.backlog[0]!;
  const li = page.locator(`[data-backlog] li[data-skill="${item.skill}"]`);
  await expect(li).toContainText(`nothing takes learners from ${item.missing[0]!.from} to ${item.missing[0]!.to}`);
  await expect(li.locator('a')).toHaveAttribute('href', `/skills/${item.skill}/`);
});

test(`team: every chart of ${shown.team} is drawn, its table equals the join and its CSV equals the table`, async ({ page }) => {
  await page.goto(`/dashboards/${shown.team}/`);
  const latest = shown.cycles.at(-1)!;
  const charts = await page.locator('[data-chart]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart')!));
  expect(charts).toEqual(['current', 'distribution', 'trend', 'effect']);
  for (const chart of charts) {
    // Frame, legend and text alone colour at most ~9,000 pixels here; drawn data, 12,000 and more.
    expect(await inked(page, chart), chart).toBeGreaterThan(10_000);
    const cells = await tableCells(page, chart);
    const csv = await csvCells(page, `/dashboards/${shown.team}/${chart}.csv`);
    expect(csv.rows.map((r) => r.map((v) => (v === '' ? '–' : v))), chart).toEqual(cells);
  }
  const assessed = latest.skills.filter((s) => s.n > 0);
  expect((await tableCells(page, 'current')).map((r) => r.slice(1))).toEqual(
    assessed.map((s) => [fmt(s.meanLevel), String(s.target), fmt(s.belowTarget), String(s.n)]),
  );
  expect((await tableCells(page, 'distribution')).map((r) => r.slice(1, 6))).toEqual(
    assessed.map((s) => s.distribution.map((b) => fmt(b.count))),
  );
  const effects = shown.trainingEffect.filter((e) => e.meanChange !== null);
  expect((await tableCells(page, 'effect')).map((r) => r.slice(2))).toEqual(
    effects.map((e) => [e.n, e.meanChange, e.ciLow, e.ciHigh, e.dz].map((v) => fmt(v))),
  );
});

test('team: "did it work?" says in words what the figures mean', async ({ page }) => {
  await page.goto(`/dashboards/${shown.team}/`);
  const e = shown.trainingEffect.find((x) => x.meanChange !== null)!;
  const words = page.locator('[data-effects] li').first();
  const direction = e.meanChange! > 0 ? 'rose' : 'fell';
  await expect(words).toContainText(`Scores ${direction} by ${Math.abs(e.meanChange!).toFixed(2)} levels`);
  await expect(words).toContainText(e.ciLow! > 0 || e.ciHigh! < 0 ? 'the interval excludes zero' : 'the interval includes zero');
  await expect(page.locator('table[data-table="confidence"]')).toContainText(/qa \d+|manager \d+|self \d+/);
});

test(`a team below k (${small.team}) shows "suppressed", no figures, and the role's path`, async ({ page }) => {
  await page.goto(`/dashboards/${small.team}/`);
  await expect(page.locator('[data-suppressed]')).toContainText('Suppressed');
  await expect(page.locator('[data-chart], table')).toHaveCount(0);
  await expect(page.locator('[data-team-path]')).toContainText('the path for new starters');
  const plan = join.plans.find((p) => p.team === small.team)!;
  expect(plan.basis).toBe('role');
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/\d+ of \d+ agents|team level \d/);
  await page.goto(`/paths/${small.team}/`);
  await expect(page.locator('[data-role-path]')).toBeVisible();
});

test('hostile agent names in an export build, never appear and never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const url of ['/dashboards/', `/dashboards/${small.team}/`, `/paths/${small.team}/`, `/dashboards/${shown.team}/`]) {
    await page.goto(url);
    const html = await page.content();
    for (const bad of ['<script>alert', 'onerror=alert', 'HYPERLINK', "O'Neill"]) expect(html, url).not.toContain(bad);
  }
  expect(dialogs).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  for (const url of ['/dashboards/', `/dashboards/${shown.team}/`, `/dashboards/${small.team}/`]) {
    test(`axe: ${url} (${scheme}) has no violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
