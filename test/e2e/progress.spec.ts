import { expect, test, type Page } from '@playwright/test';
import { builtJoin } from './join.ts';

/** Answers every question of the page's knowledge checks: right ones where `right(q)` says so. */
async function answer(page: Page, right: (q: number) => boolean): Promise<void> {
  for (const kc of await page.locator('[data-kc]').all()) {
    const questions = kc.locator('[data-kc-q]');
    const n = await questions.count();
    for (let i = 0; i < n; i++) {
      const want = questions.nth(i).locator(right(i) ? '[data-kc-choice][data-correct="true"]' : '[data-kc-choice]:not([data-correct="true"])').first();
      await want.locator('input').check();
    }
    await kc.getByRole('button', { name: 'Check answers' }).click();
  }
}

test('a course without knowledge checks is completed by the learner at the end, and shows on the catalog and the path', async ({ page }) => {
  const slug = 'coaching-reference-card';
  await page.goto(`/courses/${slug}/`);
  const toggle = page.locator('[data-complete]');
  // The button is after the content, not above it.
  const below = await page.evaluate(() => document.querySelector('[data-complete]')!.getBoundingClientRect().top > document.querySelector('.prose.body')!.getBoundingClientRect().bottom - 1);
  expect(below).toBe(true);
  await expect(toggle).toHaveAccessibleName('Mark complete');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/courses/');
  await expect(page.locator(`[data-done-badge="${slug}"]`)).toBeVisible();
  const plan = builtJoin().plans.find((p) => p.steps.some((s) => s.module === slug));
  if (plan) {
    await page.goto(`/paths/${plan.team}/`);
    await expect(page.locator(`[data-step="${slug}"]`)).toHaveClass(/is-done/);
    await expect(page.locator('[data-path-progress]')).toHaveText(`1 of ${plan.steps.length} done`);
  }
});

test('failing a knowledge check does not complete the course; passing it at the pass mark does', async ({ page }) => {
  const slug = 'de-escalation-essentials';
  await page.goto(`/courses/${slug}/`);
  await expect(page.locator('[data-complete]')).toBeHidden();
  await expect(page.locator('[data-completion-status]')).toContainText('pass every knowledge check with at least 80%');
  await answer(page, () => false);
  await expect(page.locator('[data-completion-status]')).toContainText('(0 of 1 passed so far)');
  await page.goto('/courses/');
  await expect(page.locator(`[data-done-badge="${slug}"]`)).toBeHidden();
  await page.goto(`/courses/${slug}/`);
  await page.locator('[data-kc] button', { hasText: 'Try again' }).click();
  await answer(page, () => true);
  await expect(page.locator('[data-completion-status]')).toHaveText('Completed: you passed every knowledge check.');
  await page.goto('/courses/');
  await expect(page.locator(`[data-done-badge="${slug}"]`)).toBeVisible();
});

test('"next" follows the team path the learner chose on the home page, and the home page shows where to continue', async ({ page }) => {
  const plan = builtJoin().plans.find((p) => p.steps.length >= 3)!;
  await page.goto('/');
  await page.locator('[data-team-select]').selectOption(plan.team);
  await expect(page.locator('[data-path-line]')).toContainText(`of ${plan.steps.length} courses done`);
  const [first, second] = plan.steps;
  await page.goto(`/courses/${first!.module}/`);
  const next = page.locator('a[rel="next"]');
  await expect(next).toHaveAttribute('href', `/courses/${second!.module}/`);
  await expect(next).toContainText("Next on your team's path");
  await page.goto('/');
  await expect(page.locator('[data-continue] a')).toHaveAttribute('href', `/courses/${first!.module}/`);
  // The same course in Chinese points to the next course in Chinese.
  await page.goto(`/zh-hant/courses/${first!.module}/`);
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', `/zh-hant/courses/${second!.module}/`);
});

test('progress survives an export and an import on another device', async ({ page, browser }) => {
  await page.goto('/courses/coaching-reference-card/');
  await page.locator('[data-complete]').click();
  await page.goto('/');
  const download = page.waitForEvent('download');
  await page.locator('[data-export]').click();
  const file = await (await download).path();
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto('/');
  await p2.locator('[data-import]').setInputFiles(file!);
  await expect(p2.locator('[data-transfer-status]')).toContainText('Imported');
  await p2.goto('/courses/');
  await expect(p2.locator('[data-done-badge="coaching-reference-card"]')).toBeVisible();
  await other.close();
});

test('dark mode follows the toggle and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Toggle dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/courses/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(15, 20, 25)');
});

test('dark mode follows the system setting by default', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Toggle dark mode' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 20, 25)');
});
