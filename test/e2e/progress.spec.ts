import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fromRoot } from './root.ts';

test('mark complete persists across pages and shows on the path', async ({ page }) => {
  await page.goto('/courses/empathy-foundations/');
  const toggle = page.locator('[data-complete]');
  await expect(toggle).toHaveAccessibleName('Mark complete');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveAccessibleName(/Completed/);

  await page.goto('/courses/');
  await expect(page.locator('[data-done-badge="empathy-foundations"]')).toBeVisible();
  await expect(page.locator('[data-done-badge="writing-clear-replies"]')).toBeHidden();

  await page.goto('/courses/empathy-foundations/');
  await expect(page.getByRole('button', { name: /Completed/ })).toHaveAttribute('aria-pressed', 'true');

  const plans = JSON.parse(readFileSync(fromRoot('.gapwise/plans.json'), 'utf8')) as Array<{ team: string; steps: Array<{ module: string }> }>;
  const team = plans.find((p) => p.steps.some((s) => s.module === 'empathy-foundations'));
  expect(team, 'some team path includes empathy-foundations').toBeDefined();
  await page.goto(`/paths/${team!.team}/`);
  await expect(page.locator('[data-step="empathy-foundations"] [data-done-badge]')).toBeVisible();
  await expect(page.locator('[data-step="empathy-foundations"]')).toHaveClass(/is-done/);
  await expect(page.locator('[data-path-progress]')).toHaveText(`1 of ${team!.steps.length} done`);
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
