import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  ['home', '/'],
  ['catalog', '/courses/'],
  ['module', '/courses/de-escalation-essentials/'],
  ['module with role-play', '/courses/taking-over-from-the-bot/'],
  ['KB index', '/kb/'],
  ['KB article', '/kb/hub-3-restart-and-reset/'],
  ['skill index', '/skills/'],
  ['skill page', '/skills/empathy/'],
  ['team path', '/paths/chat-support/'],
  ['404', '/this-page-does-not-exist/'],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, url] of pages) {
    test(`axe: ${name} (${scheme}) has no violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('404 page answers with status 404', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('pages read without JavaScript', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('/courses/de-escalation-essentials/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  await page.goto('/courses/');
  await expect(page.locator('[data-catalog] > li')).not.toHaveCount(0);
  await ctx.close();
});

test('axe: every course and KB article has no violations', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/courses/');
  const courses = await page.locator('[data-catalog] a[href^="/courses/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  await page.goto('/kb/');
  const articles = await page.locator('main a[href^="/kb/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const found: string[] = [];
  for (const url of [...new Set([...courses, ...articles])]) {
    await page.goto(url);
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations) found.push(`${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  expect(courses.length).toBeGreaterThanOrEqual(12);
  expect(found).toEqual([]);
});
