import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { fromRoot } from './root.ts';

const front = (dir: string, slug: string) => parse(readFileSync(fromRoot('content', dir, `${slug}.mdx`), 'utf8').split('---')[1]!) as { reviewBy: string; skills: Array<string | { skill: string }> };

test('a page past its review date tells agents to check it before quoting it, and a current one does not', async ({ page }) => {
  const today = new Date().toISOString().slice(0, 10);
  for (const slug of ['vulnerable-customers', 'refund-and-credit-policy']) {
    const stale = String(front('kb', slug).reviewBy) < today;
    await page.goto(`/kb/${slug}/`);
    await expect(page.locator('[data-stale]')).toHaveCount(stale ? 1 : 0);
    if (stale) await expect(page.locator('[data-stale]')).toHaveText('This page is due for review; check the policy before quoting it.');
  }
});

test('a course lists the KB articles on its skills, and an article lists the courses that teach them', async ({ page }) => {
  await page.goto('/courses/de-escalation-essentials/');
  const articles = await page.locator('[data-related-articles] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(articles).toContain('/kb/escalation-matrix/');
  const taught = front('modules', 'de-escalation-essentials').skills.map((s) => (typeof s === 'string' ? s : s.skill));
  for (const href of articles) {
    const tags = front('kb', href!.split('/')[2]!).skills as string[];
    expect(tags.some((t) => taught.includes(t)), href!).toBe(true);
  }
  await page.goto('/kb/escalation-matrix/');
  await expect(page.locator('[data-related-courses] a[href="/courses/de-escalation-essentials/"]')).toBeVisible();
});

test('printed, a course is content only, light, with link targets written out and its role-play as a script', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/courses/taking-over-from-the-bot/');
  await page.locator('.theme-toggle').click(); // a manual dark choice must not print dark either
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(255, 255, 255)');
  const steps = page.locator('.sc .step');
  const shown = await steps.evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
  expect(shown).toBe(await steps.count());
  const after = await page.locator('main .prose a[href^="/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/');
});
