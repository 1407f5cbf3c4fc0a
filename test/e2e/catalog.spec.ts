import { expect, test } from '@playwright/test';

test('catalog filters narrow the list and survive a reload', async ({ page }) => {
  await page.goto('/courses/');
  const filters = page.locator('[data-catalog-filters]');
  const cards = page.locator('[data-catalog] > li:visible');
  const all = await cards.count();
  expect(all).toBeGreaterThanOrEqual(12);

  await filters.getByLabel('Skill', { exact: true }).selectOption('de-escalation');
  await expect(page).toHaveURL(/skill=de-escalation/);
  // The whole catalog is filtered from its data file, which arrives asynchronously.
  await expect.poll(() => cards.count()).toBeLessThan(all);
  const bySkill = await cards.count();
  expect(bySkill).toBeGreaterThan(0);
  for (const text of await cards.allTextContents()) expect(text).toContain('De-escalation');

  await filters.getByLabel('Format', { exact: true }).selectOption('workshop');
  await expect(page).toHaveURL(/format=workshop/);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).not.toHaveText(`Showing ${bySkill} of ${all} courses`);
  const both = await cards.count();
  expect(both).toBeLessThanOrEqual(bySkill);

  await page.reload();
  await expect(filters.getByLabel('Skill', { exact: true })).toHaveValue('de-escalation');
  await expect(filters.getByLabel('Format', { exact: true })).toHaveValue('workshop');
  await expect(cards).toHaveCount(both);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing ${both} of ${all} courses`);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(cards).toHaveCount(all);
  await expect(page).toHaveURL(/\/courses\/$/);
});

test('level and duration filters apply the level band and time', async ({ page }) => {
  await page.goto('/courses/?level=4&duration=30');
  // Wait for the whole catalog to be filtered from its data file.
  await expect.poll(async () => Number(/Showing (\d+)/.exec((await page.locator('[data-catalog-count]').textContent()) ?? '')?.[1])).toBeLessThan(await page.locator('[data-catalog-count]').getAttribute('data-total').then(Number));
  const titles = await page.locator('[data-catalog] > li:visible h2').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const minutes of await page.locator('[data-catalog] > li:visible .meta span:first-child').allTextContents())
    expect(parseInt(minutes, 10)).toBeLessThanOrEqual(30);
});

test('the catalog does not shift as it loads (cumulative layout shift 0), and its filters live in the URL', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/courses/');
  await page.waitForTimeout(800);
  expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
  await page.goto('/courses/?skill=empathy');
  await expect(page.locator('#f-skill')).toHaveValue('empathy');
  // The server's "Showing n of n" stands until the script has filtered the catalog data: wait for the filtered count.
  const counts = async (): Promise<[number, number]> => {
    const m = /^Showing (\d+) of (\d+) courses$/.exec((await page.locator('[data-catalog-count]').textContent())!.trim());
    return m ? [Number(m[1]), Number(m[2])] : [0, 0];
  };
  await expect.poll(async () => { const [n, of] = await counts(); return n > 0 && n < of; }).toBe(true);
  const [shown] = await counts();
  expect(await page.locator('[data-catalog] > li').count()).toBe(shown);
});

test('without JavaScript the filters still narrow the courses, to the same set the script shows', async ({ browser }) => {
  const filter = { level: '2', duration: '30' };
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto('/courses/');
  const cards = page.locator('[data-catalog] > li:visible');
  const all = await cards.count();
  expect(all).toBeGreaterThanOrEqual(12);
  await page.getByLabel('Skill', { exact: true }).selectOption('de-escalation');
  await expect.poll(() => cards.count()).toBeLessThan(all);
  for (const text of await cards.allTextContents()) expect(text).toContain('De-escalation');
  await page.getByLabel('Skill', { exact: true }).selectOption('');
  await expect(cards).toHaveCount(all);
  await page.locator('#f-level').selectOption(filter.level);
  await page.locator('#f-duration').selectOption(filter.duration);
  const ids = (await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.courseId))).sort();
  expect(ids.length).toBeGreaterThan(1);
  expect(ids.length).toBeLessThan(all);
  // A CSS counter says how many are left, in place of the server's "Showing n of total".
  await expect(page.locator('[data-catalog-count]')).toBeHidden();
  // The counter is resolved in layout only: read the text as assistive technology gets it.
  const cdp = await noJs.newCDPSession(page);
  type AxNode = { nodeId: string; role?: { value?: string }; name?: { value?: string }; childIds?: string[] };
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const texts = (n: AxNode) => (n.childIds ?? []).map((id) => byId.get(id)!).filter((c) => c.role?.value === 'StaticText').map((c) => c.name?.value ?? '').join('');
  const said = nodes.map(texts).filter((v) => v.startsWith('Courses on this page'));
  expect(said).toEqual([`Courses on this page that match: ${ids.length}`]);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(cards).toHaveCount(all);
  await noJs.close();

  // The script, filtering the whole catalog from its data, shows the same courses.
  const withJs = await browser.newPage();
  await withJs.goto(`/courses/?${new URLSearchParams(filter)}`);
  const jsCards = withJs.locator('[data-catalog] > li:visible');
  await expect.poll(() => jsCards.count()).toBe(ids.length);
  expect((await jsCards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.courseId))).sort()).toEqual(ids);
  await withJs.close();
});
