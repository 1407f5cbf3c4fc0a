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
  await expect(page.locator('[data-catalog-count]')).toHaveText(/^Showing (\d+) of (\d+) courses$/);
  const [, shown, total] = /^Showing (\d+) of (\d+)/.exec((await page.locator('[data-catalog-count]').textContent())!.trim())!.map(Number) as [number, number, number];
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  expect(await page.locator('[data-catalog] > li').count()).toBe(shown);
});
