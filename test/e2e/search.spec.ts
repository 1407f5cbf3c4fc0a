import { expect, test } from '@playwright/test';

test.describe('search', () => {
  test('finds a module by a term that appears only in its body', async ({ page }) => {
    await page.goto('/kb/');
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search courses, articles and skills' }).first();
    await expect(box).toBeFocused();
    await box.fill('reflective summarising ladder');
    const results = page.locator('#site-results .results a');
    await expect(results.first()).toContainText('Active listening in practice');
    await expect(page.locator('#site-results .r-type').first()).toHaveText('Course');
  });

  test('finds a KB article and shows its type and skills', async ({ page }) => {
    await page.goto('/');
    const box = page.locator('#hero-search');
    await box.fill('Hub 3 amber pulse');
    const first = page.locator('#hero-results .results a').first();
    await expect(first).toContainText(/Hub 3/);
    await expect(first.locator('.r-type')).toHaveText('Article');
    await expect(first.locator('.r-skill').first()).toBeVisible();
  });

  test('filters results by type', async ({ page }) => {
    await page.goto('/');
    await page.locator('#hero-search').fill('empathy');
    await expect(page.locator('#hero-results .results a').first()).toBeVisible();
    await page.locator('#hero-results select[data-filter="type"]').selectOption('Skill');
    await expect
      .poll(async () => [...new Set(await page.locator('#hero-results .r-type').allTextContents())])
      .toEqual(['Skill']);
  });

  test('keeps dashboards and paths out of the index', async ({ page }) => {
    await page.goto('/');
    await page.locator('#hero-search').fill('path');
    await page.waitForTimeout(400);
    const urls = await page.locator('#hero-results .results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(urls.filter((u) => u?.includes('/paths/') || u?.includes('/dashboards/'))).toEqual([]);
  });
});
